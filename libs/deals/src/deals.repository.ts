import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, Repository } from 'typeorm';
import type { ContractType, Field } from '@app/common';
import { Deal, DealStatus } from './deal.entity.js';
import { DealEvent } from './deal-event.entity.js';

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
  | 'status'
  | 'pricing'
  | 'title'
  | 'contractSubtype'
  | 'termStart'
  | 'termEnd'
  | 'paymentMode'
  | 'registeredByUserId'
  | 'createdByUserId'
  | 'createdByOrgId'
  | 'idempotencyKey'
  | 'requestHash'
>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A position in the scan of stale registered deals. */
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

  /**
   * Inserts the deal and its first stage event in one statement, unless the caller's
   * organization already used this idempotency key or a live deal holds its registration number
   * (ON CONFLICT DO NOTHING covers both unique indexes), or a party is not an organization that
   * may be one (unknown, or the bureau): null then, and nothing is written. The deal counts in
   * the seller's region, read in the same statement. One round trip, atomic without a
   * transaction of its own; inside the caller's when `manager` is a transaction's.
   */
  async insertIfNew(
    manager: EntityManager,
    values: Omit<NewDeal, 'region'>,
    actorOrgId: string,
  ): Promise<Pick<Deal, 'id' | 'status'> | null> {
    const [row] = await this.insertManyIfNew([{ id: randomUUID(), values, actorOrgId }], manager);
    return row;
  }

  /**
   * `insertIfNew` for several deals in one statement (each row with the id given here, so that
   * every caller learns its own outcome; `insertIfNew` is this with one row): a row is left out, and null in its place, for the same
   * reasons one would be. Atomic: an error writes nothing.
   */
  async insertManyIfNew(
    rows: readonly { id: string; values: Omit<NewDeal, 'region'>; actorOrgId: string }[],
    manager: EntityManager = this.repo.manager,
  ): Promise<(Pick<Deal, 'id' | 'status'> | null)[]> {
    const column = <T>(pick: (row: (typeof rows)[number]) => T): T[] => rows.map(pick);
    const inserted: { id: string; status: DealStatus }[] = await manager.query(
      `WITH v AS (
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::varchar[], $8::varchar[],
                              $9::bigint[], $10::bigint[], $11::date[], $12::smallint[], $13::smallint[], $14::varchar[],
                              $15::varchar[], $16::varchar[], $17::varchar[], $18::varchar[], $19::date[], $20::date[],
                              $21::varchar[], $22::uuid[], $23::uuid[], $24::uuid[], $25::varchar[], $26::text[], $27::uuid[])
           AS v(id, buyer_org_id, seller_org_id, demand_id, outcome_id, inquiry_id, contract_type, field, amount_fen,
                technology_amount_fen, signed_at, year, month, registration_no, status, pricing, title, contract_subtype,
                term_start, term_end, payment_mode, registered_by_user_id, created_by_user_id, created_by_org_id,
                idempotency_key, request_hash, actor_org_id)
       ), inserted AS (
         INSERT INTO deals (id, buyer_org_id, seller_org_id, demand_id, outcome_id, inquiry_id, contract_type, field, amount_fen,
                            technology_amount_fen, signed_at, year, month, region, registration_no, status, pricing, title,
                            contract_subtype, term_start, term_end, payment_mode, registered_at, registered_by_user_id,
                            created_by_user_id, created_by_org_id, idempotency_key, request_hash)
         SELECT v.id, v.buyer_org_id, v.seller_org_id, v.demand_id, v.outcome_id, v.inquiry_id, v.contract_type, v.field,
                v.amount_fen, v.technology_amount_fen, v.signed_at, v.year, v.month, s.region, v.registration_no, v.status,
                v.pricing, v.title, v.contract_subtype, v.term_start, v.term_end, v.payment_mode,
                CASE WHEN v.status = 'registered' THEN now() END, v.registered_by_user_id, v.created_by_user_id,
                v.created_by_org_id, v.idempotency_key, v.request_hash::char(64)
           FROM v
           JOIN organizations s ON s.id = v.seller_org_id AND s.type <> 'bureau'
           JOIN organizations b ON b.id = v.buyer_org_id AND b.type <> 'bureau'
          ORDER BY v.created_by_org_id, v.idempotency_key
         ON CONFLICT DO NOTHING
         RETURNING id, status
       ), event AS (
         INSERT INTO deal_events (deal_id, status, actor_user_id, actor_org_id, reason)
         SELECT i.id, i.status, v.created_by_user_id, v.actor_org_id, NULL FROM inserted i JOIN v ON v.id = i.id
       )
       SELECT id, status FROM inserted`,
      [
        column((r) => r.id),
        column((r) => r.values.buyerOrgId),
        column((r) => r.values.sellerOrgId),
        column((r) => r.values.demandId),
        column((r) => r.values.outcomeId),
        column((r) => r.values.inquiryId),
        column((r) => r.values.contractType),
        column((r) => r.values.field),
        column((r) => r.values.amountFen),
        column((r) => r.values.technologyAmountFen),
        column((r) => r.values.signedAt),
        column((r) => r.values.year),
        column((r) => r.values.month),
        column((r) => r.values.registrationNo),
        column((r) => r.values.status),
        column((r) => r.values.pricing),
        column((r) => r.values.title),
        column((r) => r.values.contractSubtype),
        column((r) => r.values.termStart),
        column((r) => r.values.termEnd),
        column((r) => r.values.paymentMode),
        column((r) => r.values.registeredByUserId),
        column((r) => r.values.createdByUserId),
        column((r) => r.values.createdByOrgId),
        column((r) => r.values.idempotencyKey),
        column((r) => r.values.requestHash),
        column((r) => r.actorOrgId),
      ],
    );
    const byId = new Map(inserted.map((row) => [row.id, row]));
    return rows.map((row) => byId.get(row.id) ?? null);
  }

  /** Whether a live (not cancelled, not rejected) deal other than `exceptId` holds this registration number. */
  async registrationNoTaken(registrationNo: string, exceptId?: string, manager: EntityManager = this.repo.manager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM deals WHERE registration_no = $1 AND status NOT IN ('cancelled', 'rejected') AND ($2::uuid IS NULL OR id <> $2) LIMIT 1`,
      [registrationNo, exceptId ?? null],
    );
    return rows.length > 0;
  }

  /**
   * Inserts many registered deals in one statement (arrays unnested server-side: a fixed number
   * of parameters whatever the row count), with their first stage events; a row whose
   * idempotency key the organization already used, or whose registration number a live deal
   * holds, is skipped. Returns the inserted ids by idempotency key.
   */
  async insertManyRegistered(manager: EntityManager, rows: NewDeal[], actorOrgId: string): Promise<Map<string, string>> {
    if (rows.length === 0) return new Map();
    const col = <K extends keyof NewDeal>(k: K) => rows.map((r) => r[k] ?? null);
    const inserted: { id: string; idempotency_key: string }[] = await manager.query(
      `INSERT INTO deals (buyer_org_id, seller_org_id, contract_type, field, amount_fen, technology_amount_fen, signed_at,
                          year, month, region, registration_no, created_by_user_id, created_by_org_id, idempotency_key, request_hash,
                          status, registered_at, registered_by_user_id)
       SELECT *, 'registered', now(), created_by_user_id
         FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::varchar[], $5::bigint[], $6::bigint[], $7::date[],
                     $8::smallint[], $9::smallint[], $10::char(6)[], $11::varchar[], $12::uuid[], $13::uuid[], $14::varchar[], $15::char(64)[])
              AS t(buyer_org_id, seller_org_id, contract_type, field, amount_fen, technology_amount_fen, signed_at,
                   year, month, region, registration_no, created_by_user_id, created_by_org_id, idempotency_key, request_hash)
       ON CONFLICT DO NOTHING
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
    if (inserted.length > 0) {
      await manager.query(
        `INSERT INTO deal_events (deal_id, status, actor_user_id, actor_org_id) SELECT id, 'registered', $2, $3 FROM unnest($1::uuid[]) AS id`,
        [inserted.map((r) => r.id), rows[0].createdByUserId, actorOrgId],
      );
    }
    return new Map(inserted.map((r) => [r.idempotency_key, r.id]));
  }

  async appendEvent(
    manager: EntityManager,
    event: Pick<DealEvent, 'dealId' | 'status' | 'actorUserId' | 'actorOrgId' | 'reason'>,
  ): Promise<void> {
    await manager.getRepository(DealEvent).insert(event);
  }

  /** The stage history of a deal, oldest first. */
  listEvents(dealId: string): Promise<DealEvent[]> {
    return this.repo.manager.getRepository(DealEvent).find({ where: { dealId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * Moves a locked deal to `status` with the given columns and appends the stage event, in the
   * caller's transaction. A registration number taken meanwhile fails the update with 23505.
   */
  async transition(
    manager: EntityManager,
    deal: Deal,
    status: DealStatus,
    changes: Partial<Pick<Deal, 'registrationNo' | 'registeredByUserId' | 'statusReason'>> & {
      stamp?: 'confirmedAt' | 'registeredAt' | 'rejectedAt';
    },
    actor: { userId: string | null; orgId: string | null; reason?: string | null },
  ): Promise<void> {
    const { stamp, ...columns } = changes;
    await manager.getRepository(Deal).update({ id: deal.id }, { ...columns, status, ...(stamp ? { [stamp]: () => 'now()' } : {}) });
    await this.appendEvent(manager, {
      dealId: deal.id,
      status,
      actorUserId: actor.userId,
      actorOrgId: actor.orgId,
      reason: actor.reason ?? null,
    });
  }

  findById(id: string, manager: EntityManager = this.repo.manager): Promise<Deal | null> {
    return manager.getRepository(Deal).findOneBy({ id });
  }

  findByIdempotencyKey(orgId: string, key: string): Promise<Deal | null> {
    return this.repo.findOneBy({ createdByOrgId: orgId, idempotencyKey: key });
  }

  /** Locks the deal row for the rest of the transaction: recording and cancelling serialize on it. */
  lockById(manager: EntityManager, id: string): Promise<Deal | null> {
    return manager.getRepository(Deal).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Marks registered deals recorded, with one system event each (no acting user: the worker). */
  async markRecordedMany(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(
      `WITH moved AS (
         UPDATE deals SET status = 'recorded', recorded_at = now(), updated_at = now()
          WHERE id = ANY($1::uuid[]) AND status = 'registered' RETURNING id)
       INSERT INTO deal_events (deal_id, status) SELECT id, 'recorded' FROM moved`,
      [ids],
    );
  }

  async markRecorded(manager: EntityManager, id: string): Promise<void> {
    await this.markRecordedMany(manager, [id]);
  }

  async markCancelled(
    manager: EntityManager,
    id: string,
    actor: { userId: string; orgId: string | null },
    reason: string | null,
  ): Promise<void> {
    await manager
      .getRepository(Deal)
      .update({ id }, { status: 'cancelled', cancelledAt: () => 'now()', cancelledByUserId: actor.userId, cancelReason: reason });
    await this.appendEvent(manager, { dealId: id, status: 'cancelled', actorUserId: actor.userId, actorOrgId: actor.orgId, reason });
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

  /** Deals registered more than `olderThanSeconds` ago and still not recorded, oldest first, after a keyset cursor. */
  async findStaleRegistered(olderThanSeconds: number, limit: number, after?: StaleCursor): Promise<StaleCursor[]> {
    // registered_at travels as text: a JS Date would drop the microseconds and the cursor would repeat rows.
    return this.repo.query(
      `SELECT id, registered_at::text AS "createdAt" FROM deals
        WHERE status = 'registered' AND registered_at < now() - make_interval(secs => $1)
          AND ($3::timestamptz IS NULL OR (registered_at, id) > ($3::timestamptz, $4::uuid))
        ORDER BY registered_at, id LIMIT $2`,
      [olderThanSeconds, limit, after?.createdAt ?? null, after?.id ?? null],
    );
  }

  /** Those of `ids` (which need not be deal ids) that name deals registered more than `olderThanSeconds` ago and not recorded. */
  async filterStaleRegistered(ids: string[], olderThanSeconds: number): Promise<string[]> {
    const valid = ids.filter((id) => UUID.test(id));
    if (valid.length === 0) return [];
    const rows: { id: string }[] = await this.repo.query(
      `SELECT id FROM deals
        WHERE id = ANY($1::uuid[]) AND status = 'registered' AND registered_at < now() - make_interval(secs => $2)`,
      [valid, olderThanSeconds],
    );
    return rows.map((r) => r.id);
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
