import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { DealImport } from './deal-import.entity.js';

export type NewDealImport = Pick<DealImport, 'createdByOrgId' | 'createdByUserId' | 'idempotencyKey' | 'contentHash' | 'filename'>;

@Injectable()
export class DealImportsRepository {
  constructor(@InjectRepository(DealImport) private readonly repo: Repository<DealImport>) {}

  /** The organization's earlier import under this key, else of this very content. */
  async findRepeat(orgId: string, key: string | null, contentHash: string): Promise<DealImport | null> {
    if (key !== null) {
      const byKey = await this.repo.findOneBy({ createdByOrgId: orgId, idempotencyKey: key });
      if (byKey) return byKey;
    }
    return this.repo.findOneBy({ createdByOrgId: orgId, contentHash });
  }

  /**
   * Claims the file inside the caller's transaction; null when the key or the content is
   * already taken (a concurrent upload of the same file waits here for the first to finish).
   */
  async claim(manager: EntityManager, values: NewDealImport): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO deal_imports (created_by_org_id, created_by_user_id, idempotency_key, content_hash, filename, accepted, rejected, errors)
       VALUES ($1, $2, $3, $4, $5, 0, 0, '[]') ON CONFLICT DO NOTHING RETURNING id`,
      [values.createdByOrgId, values.createdByUserId, values.idempotencyKey, values.contentHash, values.filename],
    );
    return rows[0]?.id ?? null;
  }

  async saveReport(manager: EntityManager, id: string, report: Pick<DealImport, 'accepted' | 'rejected' | 'errors'>): Promise<void> {
    await manager.query(`UPDATE deal_imports SET accepted = $2, rejected = $3, errors = $4::jsonb WHERE id = $1`, [
      id,
      report.accepted,
      report.rejected,
      JSON.stringify(report.errors),
    ]);
  }
}
