import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, Repository } from 'typeorm';
import type { ContractType, Field } from '@app/common';
import { Deal, DealStatus } from './deal.entity.js';

export type NewDeal = Pick<
  Deal,
  | 'buyerOrgId'
  | 'sellerOrgId'
  | 'demandId'
  | 'outcomeId'
  | 'inquiryId'
  | 'contractType'
  | 'field'
  | 'amountFen'
  | 'technologyAmountFen'
  | 'signedAt'
  | 'year'
  | 'month'
  | 'region'
  | 'registrationNo'
  | 'createdByUserId'
  | 'createdByOrgId'
  | 'idempotencyKey'
  | 'requestHash'
>;

/** A position in the scan of stale pending deals. */
export interface StaleCursor {
  id: string;
  createdAt: string;
}

export interface DealListFilter {
  year?: number;
  status?: DealStatus;
  contractType?: ContractType;
  field?: Field;
  /** Only deals this organization is a party to; undefined for the bureau. */
  partyOrgId?: string;
}

@Injectable()
export class DealsRepository {
  constructor(@InjectRepository(Deal) private readonly repo: Repository<Deal>) {}

  /** Inserts unless the caller's organization already used this idempotency key; null then. */
  async insertIfNew(values: NewDeal): Promise<Pick<Deal, 'id' | 'status'> | null> {
    const result = await this.repo.createQueryBuilder().insert().into(Deal).values(values).orIgnore().returning(['id', 'status']).execute();
    const row = (result.raw as { id: string; status: DealStatus }[])[0];
    return row ? { id: row.id, status: row.status } : null;
  }

  /**
   * Inserts many pending deals in one statement (arrays unnested server-side: 15 parameters
   * whatever the row count); a row whose idempotency key the organization already used is
   * skipped. Returns the inserted ids by idempotency key.
   */
  async insertMany(manager: EntityManager, rows: NewDeal[]): Promise<Map<string, string>> {
    if (rows.length === 0) return new Map();
    const col = <K extends keyof NewDeal>(k: K) => rows.map((r) => r[k] ?? null);
    const inserted: { id: string; idempotency_key: string }[] = await manager.query(
      `INSERT INTO deals (buyer_org_id, seller_org_id, contract_type, field, amount_fen, technology_amount_fen, signed_at,
                          year, month, region, registration_no, created_by_user_id, created_by_org_id, idempotency_key, request_hash)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::varchar[], $5::bigint[], $6::bigint[], $7::date[],
                            $8::smallint[], $9::smallint[], $10::char(6)[], $11::varchar[], $12::uuid[], $13::uuid[], $14::varchar[], $15::char(64)[])
       ON CONFLICT (created_by_org_id, idempotency_key) DO NOTHING
       RETURNING id, idempotency_key`,
      [
        col('buyerOrgId'),
        col('sellerOrgId'),
        col('contractType'),
        col('field'),
        col('amountFen'),
        col('technologyAmountFen'),
        col('signedAt'),
        col('year'),
        col('month'),
        col('region'),
        col('registrationNo'),
        col('createdByUserId'),
        col('createdByOrgId'),
        col('idempotencyKey'),
        col('requestHash'),
      ],
    );
    return new Map(inserted.map((r) => [r.idempotency_key, r.id]));
  }

  findById(id: string): Promise<Deal | null> {
    return this.repo.findOneBy({ id });
  }

  findByIdempotencyKey(orgId: string, key: string): Promise<Deal | null> {
    return this.repo.findOneBy({ createdByOrgId: orgId, idempotencyKey: key });
  }

  /** Locks the deal row for the rest of the transaction: recording and cancelling serialize on it. */
  lockById(manager: EntityManager, id: string): Promise<Deal | null> {
    return manager.getRepository(Deal).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Locks those of the deals still pending, in id order (concurrent lockers queue in one order); recorded ones are left out. */
  lockPendingByIds(manager: EntityManager, ids: string[]): Promise<Deal[]> {
    return manager
      .getRepository(Deal)
      .createQueryBuilder('d')
      .where('d.id = ANY(CAST(:ids AS uuid[]))', { ids })
      .andWhere(`d.status = 'pending'`)
      .orderBy('d.id')
      .setLock('pessimistic_write')
      .getMany();
  }

  async markRecordedMany(manager: EntityManager, ids: string[]): Promise<void> {
    await manager.query(
      `UPDATE deals SET status = 'recorded', recorded_at = now(), updated_at = now() WHERE id = ANY($1::uuid[]) AND status = 'pending'`,
      [ids],
    );
  }

  async markRecorded(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(Deal).update({ id, status: 'pending' }, { status: 'recorded', recordedAt: () => 'now()' });
  }

  async markCancelled(manager: EntityManager, id: string, userId: string, reason: string | null): Promise<void> {
    await manager
      .getRepository(Deal)
      .update({ id }, { status: 'cancelled', cancelledAt: () => 'now()', cancelledByUserId: userId, cancelReason: reason });
  }

  listPage(filter: DealListFilter, page: number, limit: number): Promise<[Deal[], number]> {
    const qb = this.repo.createQueryBuilder('d');
    if (filter.year !== undefined) qb.andWhere('d.year = :year', { year: filter.year });
    if (filter.status) qb.andWhere('d.status = :status', { status: filter.status });
    if (filter.contractType) qb.andWhere('d.contractType = :contractType', { contractType: filter.contractType });
    if (filter.field) qb.andWhere('d.field = :field', { field: filter.field });
    if (filter.partyOrgId) {
      const party = filter.partyOrgId;
      qb.andWhere(new Brackets((w) => w.where('d.buyerOrgId = :party', { party }).orWhere('d.sellerOrgId = :party', { party })));
    }
    return qb
      .orderBy('d.signedAt', 'DESC')
      .addOrderBy('d.createdAt', 'DESC')
      .addOrderBy('d.id', 'ASC')
      .skip((page - 1) * limit)
      .take(limit)
      .getManyAndCount();
  }

  /** Deals accepted more than `olderThanSeconds` ago and still not recorded, oldest first, after a keyset cursor. */
  async findStalePending(olderThanSeconds: number, limit: number, after?: StaleCursor): Promise<StaleCursor[]> {
    // created_at travels as text: a JS Date would drop the microseconds and the cursor would repeat rows.
    return this.repo.query(
      `SELECT id, created_at::text AS "createdAt" FROM deals
        WHERE status = 'pending' AND created_at < now() - make_interval(secs => $1)
          AND ($3::timestamptz IS NULL OR (created_at, id) > ($3::timestamptz, $4::uuid))
        ORDER BY created_at, id LIMIT $2`,
      [olderThanSeconds, limit, after?.createdAt ?? null, after?.id ?? null],
    );
  }

  listForYear(year: number): Promise<Deal[]> {
    return this.repo.find({ where: { year }, order: { signedAt: 'ASC', createdAt: 'ASC', id: 'ASC' } });
  }

  /** The `count` largest recorded contracts of the year (index ix_deals_year_amount). */
  async largestAmounts(year: number, count: number): Promise<{ n: number; sumFen: string }> {
    const [row]: { n: number; sum_fen: string | null }[] = await this.repo.query(
      `SELECT count(*)::int AS n, sum(amount_fen)::text AS sum_fen
         FROM (SELECT amount_fen FROM deals WHERE status = 'recorded' AND year = $1 ORDER BY amount_fen DESC LIMIT $2) top`,
      [year, count],
    );
    return { n: row.n, sumFen: row.sum_fen ?? '0' };
  }
}
