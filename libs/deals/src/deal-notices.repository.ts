import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { DealNotice, DealNoticeObjection } from './deal-notice.entity.js';

export type NoticeState = 'running' | 'ended';

/** A notice with its deal's public facts, as GET /notices lists them. */
export interface NoticeRow {
  id: string;
  dealId: string;
  subject: string;
  startsAt: Date;
  endsAt: Date;
  running: boolean;
  buyerOrgId: string;
  sellerOrgId: string;
  amountFen: string;
  technologyAmountFen: string;
  contractType: string;
  signedAt: string;
  dealStatus: string;
  objections: number;
  openObjections: number;
}

@Injectable()
export class DealNoticesRepository {
  constructor(@InjectRepository(DealNotice) private readonly repo: Repository<DealNotice>) {}

  /** The manager for reads outside a transaction. */
  manager(): EntityManager {
    return this.repo.manager;
  }

  /** Opens the deal's notice for `days` from now (the database's clock); a deal has one notice ever. */
  async open(manager: EntityManager, dealId: string, subject: string, days: number): Promise<DealNotice> {
    await manager.query(
      `INSERT INTO deal_notices (deal_id, subject, starts_at, ends_at) VALUES ($1, $2, now(), now() + make_interval(days => $3))
       ON CONFLICT (deal_id) DO NOTHING`,
      [dealId, subject.slice(0, 200), days],
    );
    return (await manager.getRepository(DealNotice).findOneBy({ dealId }))!;
  }

  findByDealId(dealId: string, manager: EntityManager = this.repo.manager): Promise<DealNotice | null> {
    return manager.getRepository(DealNotice).findOneBy({ dealId });
  }

  /** Locks the notice: objections and the registration that checks them serialize on it. */
  lockById(manager: EntityManager, id: string): Promise<DealNotice | null> {
    return manager.getRepository(DealNotice).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  lockByDealId(manager: EntityManager, dealId: string): Promise<DealNotice | null> {
    return manager.getRepository(DealNotice).findOne({ where: { dealId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Whether the notice still runs by the database's clock, and how many of its objections are open. */
  async state(manager: EntityManager, noticeId: string): Promise<{ running: boolean; openObjections: number }> {
    const [row]: { running: boolean; open: number }[] = await manager.query(
      `SELECT n.ends_at > now() AS running,
              (SELECT count(*)::int FROM deal_notice_objections o WHERE o.notice_id = n.id AND o.resolved_at IS NULL) AS open
         FROM deal_notices n WHERE n.id = $1`,
      [noticeId],
    );
    return { running: row.running, openObjections: row.open };
  }

  async insertObjection(
    manager: EntityManager,
    values: Pick<DealNoticeObjection, 'noticeId' | 'userId' | 'text'>,
  ): Promise<DealNoticeObjection> {
    const repo = manager.getRepository(DealNoticeObjection);
    return repo.save(repo.create(values));
  }

  lockObjection(manager: EntityManager, noticeId: string, id: string): Promise<DealNoticeObjection | null> {
    return manager.getRepository(DealNoticeObjection).findOne({ where: { id, noticeId }, lock: { mode: 'pessimistic_write' } });
  }

  async resolveObjection(manager: EntityManager, id: string, userId: string, resolution: string): Promise<void> {
    await manager.getRepository(DealNoticeObjection).update({ id }, { resolution, resolvedByUserId: userId, resolvedAt: () => 'now()' });
  }

  listObjections(noticeIds: string[]): Promise<DealNoticeObjection[]> {
    if (noticeIds.length === 0) return Promise.resolve([]);
    return this.repo.manager
      .getRepository(DealNoticeObjection)
      .createQueryBuilder('o')
      .where('o.noticeId = ANY(CAST(:ids AS uuid[]))', { ids: noticeIds })
      .orderBy('o.createdAt', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .getMany();
  }

  /** Notices newest first, running or ended or all (the archive stays), with their deals' public facts. */
  async listPage(state: NoticeState | undefined, page: number, limit: number): Promise<[NoticeRow[], number]> {
    const where = state === 'running' ? 'WHERE n.ends_at > now()' : state === 'ended' ? 'WHERE n.ends_at <= now()' : '';
    const rows: (NoticeRow & { total: number })[] = await this.repo.query(
      `SELECT n.id, n.deal_id AS "dealId", n.subject, n.starts_at AS "startsAt", n.ends_at AS "endsAt", n.ends_at > now() AS running,
              d.buyer_org_id AS "buyerOrgId", d.seller_org_id AS "sellerOrgId", d.amount_fen::text AS "amountFen",
              d.technology_amount_fen::text AS "technologyAmountFen", d.contract_type AS "contractType",
              d.signed_at::text AS "signedAt", d.status AS "dealStatus",
              (SELECT count(*)::int FROM deal_notice_objections o WHERE o.notice_id = n.id) AS objections,
              (SELECT count(*)::int FROM deal_notice_objections o WHERE o.notice_id = n.id AND o.resolved_at IS NULL) AS "openObjections",
              count(*) OVER ()::int AS total
         FROM deal_notices n JOIN deals d ON d.id = n.deal_id ${where}
        ORDER BY n.starts_at DESC, n.id LIMIT $1 OFFSET $2`,
      [limit, (page - 1) * limit],
    );
    const total = rows[0]?.total ?? (page > 1 ? await this.count(where) : 0);
    return [rows.map(({ total: _total, ...row }) => row), total];
  }

  private async count(where: string): Promise<number> {
    const [row]: { n: number }[] = await this.repo.query(`SELECT count(*)::int AS n FROM deal_notices n ${where}`);
    return row.n;
  }
}
