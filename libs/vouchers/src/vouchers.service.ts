import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccountsService, type Principal } from '@app/accounts';
import { AppConfig } from '@app/config';
import {
  ForbiddenError,
  formatFen,
  isUniqueViolation,
  moneyProblemMessage,
  parseYuan,
  todayInChina,
  ValidationFailedError,
  type FieldProblem,
} from '@app/common';
import { checkYear, Deal, IDEMPOTENCY_KEY_PATTERN, requestHash } from '@app/deals';
import { DataSource, type EntityManager } from 'typeorm';
import { Voucher, VoucherBudget, VoucherLedgerEntry, VOUCHER_MODES, type VoucherMode } from './voucher.entity.js';
import { budgetExceeded, redemptionRefused, voucherNotFound } from './vouchers.errors.js';

export type VoucherCaller = Pick<Principal, 'userId' | 'organizationId' | 'orgType'>;

export interface IssueInput {
  organizationId?: unknown;
  amount?: unknown;
  validUntil?: unknown;
  mode?: unknown;
}

export interface RedeemInput {
  dealId?: unknown;
  amount?: unknown;
}

export interface VoucherView {
  voucher: Voucher;
  redemptions: VoucherLedgerEntry[];
}

export interface RedemptionResult {
  entry: VoucherLedgerEntry;
  /** True when this request repeated one that had already redeemed: nothing new was redeemed. */
  replayed: boolean;
}

export interface VoucherStats {
  year: number;
  budgetFen: string | null;
  issuedFen: string;
  redeemedFen: string;
  expiredFen: string;
  outstandingFen: string;
  vouchers: number;
  dealsPaid: number;
  /** 成交额 of the recorded deals paid in part by vouchers. */
  paidDealsTurnoverFen: string;
  /** paidDealsTurnover ÷ redeemed, two decimals; null while nothing is redeemed. */
  leverage: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Innovation vouchers (创新券): the bureau's yearly budget, vouchers issued against it to
 * enterprises, and redemptions on registered, recorded deals in which the holder is the buyer.
 * Every cap is kept by PostgreSQL itself: one conditional UPDATE per issue (budget), per
 * redemption (voucher) and one conditional upsert per redemption (the deal's share), inside one
 * transaction with the ledger entry, so concurrent requests can never overshoot.
 */
@Injectable()
export class VouchersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accounts: AccountsService,
    private readonly config: AppConfig,
  ) {}

  async setBudget(year: number, amount: unknown, userId: string): Promise<VoucherBudget> {
    checkYear(year);
    const fen = requireYuan('amount', amount, { allowZero: true });
    return this.db.transaction(async (manager) => {
      const rows: VoucherBudget[] = await manager.query(
        `INSERT INTO voucher_budgets (year, amount_fen, issued_fen, updated_by_user_id, updated_at)
         VALUES ($1, $2, 0, $3, now())
         ON CONFLICT (year) DO UPDATE SET amount_fen = EXCLUDED.amount_fen, updated_by_user_id = EXCLUDED.updated_by_user_id, updated_at = now()
           WHERE voucher_budgets.issued_fen <= EXCLUDED.amount_fen
         RETURNING year`,
        [year, fen.toString(), userId],
      );
      if (rows.length === 0) {
        const issued = await manager.findOneByOrFail(VoucherBudget, { year });
        throw budgetExceeded(`amount is below what is already issued for ${year} (${formatFen(issued.issuedFen)} 元 已发放)`, 'amount');
      }
      return manager.findOneByOrFail(VoucherBudget, { year });
    });
  }

  async getBudget(year: number): Promise<VoucherBudget | null> {
    return this.db.getRepository(VoucherBudget).findOneBy({ year: checkYear(year) });
  }

  /** Issues a voucher against this year's budget (China time); 409 when the budget does not cover it. */
  async issue(
    caller: VoucherCaller,
    idempotencyKey: string | undefined,
    input: IssueInput,
  ): Promise<{ voucher: Voucher; created: boolean }> {
    const key = checkOptionalKey(idempotencyKey);
    const problems: FieldProblem[] = [];
    const today = todayInChina();
    if (typeof input.organizationId !== 'string' || !UUID.test(input.organizationId))
      problems.push({ field: 'organizationId', messages: ['organizationId must be an organization id (UUID)'] });
    const amount = parseYuan(input.amount);
    if ('problem' in amount) problems.push({ field: 'amount', messages: [moneyProblemMessage('amount', amount.problem)] });
    if (typeof input.validUntil !== 'string' || !isDate(input.validUntil))
      problems.push({ field: 'validUntil', messages: ['validUntil must be a date written YYYY-MM-DD'] });
    else if (input.validUntil < today) problems.push({ field: 'validUntil', messages: ['validUntil must not be in the past'] });
    if (!VOUCHER_MODES.includes(input.mode as VoucherMode))
      problems.push({ field: 'mode', messages: [`mode must be one of ${VOUCHER_MODES.join(', ')}`] });
    if (problems.length === 0) {
      const [org] = await this.accounts.findOrganizations({ ids: [input.organizationId as string] });
      if (!org) problems.push({ field: 'organizationId', messages: ['organizationId: no such organization'] });
      else if (org.type !== 'enterprise')
        problems.push({
          field: 'organizationId',
          messages: ['organizationId: vouchers are issued to enterprises only (创新券仅发放给企业)'],
        });
      else if (!org.verified)
        problems.push({ field: 'organizationId', messages: ['organizationId: the organization is not verified yet'] });
    }
    if (problems.length > 0) throw new ValidationFailedError(problems, problems.map((p) => p.messages[0]).join('; '));
    const fen = (amount as { fen: bigint }).fen;
    const body = { organizationId: input.organizationId, amountFen: fen.toString(), validUntil: input.validUntil, mode: input.mode };
    const hash = key ? requestHash(body) : null;
    const year = Number(today.slice(0, 4));
    return this.db
      .transaction(async (manager) => {
        if (key) {
          const existing = await manager.findOneBy(Voucher, { issuedByOrgId: caller.organizationId, idempotencyKey: key });
          if (existing) {
            if (existing.requestHash !== hash)
              throw new ValidationFailedError(
                [{ field: 'Idempotency-Key', messages: ['this Idempotency-Key was already used for another voucher'] }],
                'Idempotency-Key: already used for another voucher',
              );
            return { voucher: existing, created: false };
          }
        }
        // TypeORM answers an UPDATE with [rows, affected].
        const [, raised]: [unknown[], number] = await manager.query(
          `UPDATE voucher_budgets SET issued_fen = issued_fen + $2, updated_at = now()
          WHERE year = $1 AND issued_fen + $2 <= amount_fen RETURNING year`,
          [year, fen.toString()],
        );
        if (raised === 0) {
          const budget = await manager.findOneBy(VoucherBudget, { year });
          throw budgetExceeded(
            budget
              ? `amount exceeds what is left of the ${year} voucher budget (剩余 ${formatFen(BigInt(budget.amountFen) - BigInt(budget.issuedFen))} 元)`
              : `no voucher budget is set for ${year} (尚未设定 ${year} 年创新券额度)`,
            'amount',
          );
        }
        const voucher = manager.create(Voucher, {
          organizationId: input.organizationId as string,
          year,
          amountFen: fen.toString(),
          redeemedFen: '0',
          mode: input.mode as VoucherMode,
          validUntil: input.validUntil as string,
          issuedByUserId: caller.userId,
          issuedByOrgId: caller.organizationId,
          idempotencyKey: key,
          requestHash: hash,
        });
        return { voucher: await manager.save(voucher), created: true };
      })
      .catch(async (error: unknown) => {
        // The same key sent twice at once: the loser's transaction rolled back; it answers with the winner's voucher.
        if (!key || !isUniqueViolation(error, 'uq_vouchers_idempotency')) throw error;
        const winner = await this.db.getRepository(Voucher).findOneByOrFail({ issuedByOrgId: caller.organizationId, idempotencyKey: key });
        if (winner.requestHash !== hash)
          throw ValidationFailedError.forField('Idempotency-Key', 'this Idempotency-Key was already used for another voucher');
        return { voucher: winner, created: false };
      });
  }

  async get(caller: VoucherCaller, id: string): Promise<VoucherView> {
    const voucher = UUID.test(id) ? await this.db.getRepository(Voucher).findOneBy({ id }) : null;
    if (!voucher) throw voucherNotFound();
    const redemptions = await this.db.getRepository(VoucherLedgerEntry).find({ where: { voucherId: id }, order: { createdAt: 'ASC' } });
    const providerOf = redemptions.some((r) => r.byOrgId === caller.organizationId);
    if (caller.orgType !== 'bureau' && caller.organizationId !== voucher.organizationId && !providerOf) throw voucherNotFound();
    return { voucher, redemptions };
  }

  /** The caller's organization's vouchers (the bureau: every voucher), newest first. */
  list(caller: VoucherCaller, filter: { year?: number }): Promise<Voucher[]> {
    const where: Record<string, unknown> = {};
    if (caller.orgType !== 'bureau') where.organizationId = caller.organizationId;
    if (filter.year !== undefined) where.year = checkYear(filter.year);
    return this.db.getRepository(Voucher).find({ where, order: { createdAt: 'DESC' }, take: 500 });
  }

  async redeem(caller: VoucherCaller, voucherId: string, input: RedeemInput): Promise<RedemptionResult> {
    const problems: FieldProblem[] = [];
    if (typeof input.dealId !== 'string' || !UUID.test(input.dealId))
      problems.push({ field: 'dealId', messages: ['dealId must be a deal id (UUID)'] });
    const amount = parseYuan(input.amount);
    if ('problem' in amount) problems.push({ field: 'amount', messages: [moneyProblemMessage('amount', amount.problem)] });
    if (problems.length > 0) throw new ValidationFailedError(problems, problems.map((p) => p.messages[0]).join('; '));
    const fen = (amount as { fen: bigint }).fen;
    const dealId = input.dealId as string;
    if (!UUID.test(voucherId)) throw voucherNotFound();
    try {
      return await this.redeemOnce(caller, voucherId, dealId, fen);
    } catch (error) {
      // The same redemption sent twice at once: one wrote the entry, the other finds it.
      if (!isUniqueViolation(error, 'uq_voucher_ledger_voucher_deal_kind')) throw error;
      const previous = await this.db.getRepository(VoucherLedgerEntry).findOneByOrFail({ voucherId, dealId, kind: 'redeem' });
      if (BigInt(previous.amountFen) === fen) return { entry: previous, replayed: true };
      throw redemptionRefused(`this voucher was already redeemed on this deal (${formatFen(previous.amountFen)} 元)`, 'dealId');
    }
  }

  private redeemOnce(caller: VoucherCaller, voucherId: string, dealId: string, fen: bigint): Promise<RedemptionResult> {
    return this.db.transaction(async (manager) => {
      const voucher = await manager.findOneBy(Voucher, { id: voucherId });
      if (!voucher) throw voucherNotFound();
      // FOR SHARE: a cancellation of the deal waits for this redemption, then reverses it.
      const deal = await manager
        .getRepository(Deal)
        .createQueryBuilder('d')
        .setLock('pessimistic_read')
        .where('d.id = :dealId', { dealId })
        .getOne();
      const seller = deal?.sellerOrgId;
      const allowed = voucher.mode === 'general' ? caller.organizationId === voucher.organizationId : caller.organizationId === seller;
      if (!allowed) {
        if (caller.organizationId !== voucher.organizationId && caller.orgType !== 'bureau' && voucher.mode === 'general')
          throw voucherNotFound();
        throw new ForbiddenError(
          voucher.mode === 'general'
            ? 'A general (通用) voucher is redeemed by its holder'
            : 'An exchange (通兑) voucher is redeemed by the provider: the seller of the deal',
        );
      }
      if (!deal) throw ValidationFailedError.forField('dealId', 'no such deal');
      if (deal.buyerOrgId !== voucher.organizationId)
        throw ValidationFailedError.forField('dealId', 'the voucher’s holder is not the buyer of this deal (持券企业须为买方)');
      const previous = await manager.findOneBy(VoucherLedgerEntry, { voucherId, dealId, kind: 'redeem' });
      if (previous) {
        if (BigInt(previous.amountFen) === fen) return { entry: previous, replayed: true };
        throw redemptionRefused(`this voucher was already redeemed on this deal (${formatFen(previous.amountFen)} 元)`, 'dealId');
      }
      if (deal.status !== 'recorded')
        throw redemptionRefused('the deal must be registered and recorded before a voucher pays for it (合同须已认定登记并入账)', 'dealId');
      if (todayInChina() > voucher.validUntil)
        throw redemptionRefused(`the voucher expired on ${voucher.validUntil} (创新券已过期)`, 'amount');
      const [, taken]: [unknown[], number] = await manager.query(
        'UPDATE vouchers SET redeemed_fen = redeemed_fen + $2 WHERE id = $1 AND redeemed_fen + $2 <= amount_fen RETURNING id',
        [voucherId, fen.toString()],
      );
      if (taken === 0) {
        const now = await manager.findOneByOrFail(Voucher, { id: voucherId });
        throw redemptionRefused(
          `amount exceeds what is left on the voucher (剩余 ${formatFen(BigInt(now.amountFen) - BigInt(now.redeemedFen))} 元)`,
          'amount',
        );
      }
      const cap = (BigInt(deal.technologyAmountFen) * BigInt(this.config.vouchers.maxSharePercent)) / 100n;
      const shared: unknown[] = await manager.query(
        `INSERT INTO voucher_deal_totals AS t (deal_id, redeemed_fen, cap_fen) SELECT $1, $2, $3 WHERE $2::bigint <= $3::bigint
         ON CONFLICT (deal_id) DO UPDATE SET redeemed_fen = t.redeemed_fen + EXCLUDED.redeemed_fen
           WHERE t.redeemed_fen + EXCLUDED.redeemed_fen <= t.cap_fen
         RETURNING deal_id`,
        [dealId, fen.toString(), cap.toString()],
      );
      if (shared.length === 0)
        throw redemptionRefused(
          `amount exceeds the ${this.config.vouchers.maxSharePercent} % of the deal’s 技术交易额 that vouchers may pay (at most ${formatFen(cap)} 元 in all)`,
          'amount',
        );
      const entry = manager.create(VoucherLedgerEntry, {
        voucherId,
        dealId,
        kind: 'redeem',
        amountFen: fen.toString(),
        byOrgId: caller.organizationId,
        byUserId: caller.userId,
      });
      return { entry: await manager.save(entry), replayed: false };
    });
  }

  /**
   * Reverses every redemption on a cancelled deal: one `reverse` entry per voucher, the voucher's
   * and the deal's redeemed sums lowered. Idempotent (the unique entry per voucher × deal × kind);
   * runs in the caller's transaction when given one.
   */
  async reverseForDeal(dealId: string, byUserId: string | null, manager?: EntityManager): Promise<number> {
    const run = async (m: EntityManager) => {
      const reversed: { voucher_id: string; amount_fen: string }[] = await m.query(
        `INSERT INTO voucher_ledger (voucher_id, deal_id, kind, amount_fen, by_user_id)
         SELECT r.voucher_id, r.deal_id, 'reverse', r.amount_fen, $2 FROM voucher_ledger r
          WHERE r.deal_id = $1 AND r.kind = 'redeem'
         ON CONFLICT (voucher_id, deal_id, kind) DO NOTHING
         RETURNING voucher_id, amount_fen`,
        [dealId, byUserId],
      );
      for (const row of reversed) {
        await m.query('UPDATE vouchers SET redeemed_fen = redeemed_fen - $2 WHERE id = $1', [row.voucher_id, row.amount_fen]);
      }
      if (reversed.length > 0) {
        const total = reversed.reduce((sum, r) => sum + BigInt(r.amount_fen), 0n);
        await m.query('UPDATE voucher_deal_totals SET redeemed_fen = redeemed_fen - $2 WHERE deal_id = $1', [dealId, total.toString()]);
      }
      return reversed.length;
    };
    return manager ? run(manager) : this.db.transaction(run);
  }

  /** Budget, issued, redeemed (net of reversals), expired and outstanding for one budget year, and the leverage. */
  async stats(year: number): Promise<VoucherStats> {
    checkYear(year);
    const today = todayInChina();
    const [row]: {
      issued: string;
      redeemed: string;
      expired: string;
      outstanding: string;
      vouchers: number;
    }[] = await this.db.query(
      `SELECT coalesce(sum(amount_fen), 0)::text AS issued,
              coalesce(sum(redeemed_fen), 0)::text AS redeemed,
              coalesce(sum(amount_fen - redeemed_fen) FILTER (WHERE valid_until < $2), 0)::text AS expired,
              coalesce(sum(amount_fen - redeemed_fen) FILTER (WHERE valid_until >= $2), 0)::text AS outstanding,
              count(*)::int AS vouchers
         FROM vouchers WHERE year = $1`,
      [year, today],
    );
    const [paid]: { deals: number; turnover: string }[] = await this.db.query(
      `SELECT count(*)::int AS deals, coalesce(sum(d.amount_fen), 0)::text AS turnover
         FROM deals d
        WHERE d.status = 'recorded'
          AND d.id IN (SELECT l.deal_id FROM voucher_ledger l JOIN vouchers v ON v.id = l.voucher_id
                        WHERE v.year = $1
                        GROUP BY l.deal_id
                       HAVING sum(CASE l.kind WHEN 'redeem' THEN l.amount_fen ELSE -l.amount_fen END) > 0)`,
      [year],
    );
    const budget = await this.db.getRepository(VoucherBudget).findOneBy({ year });
    const redeemed = BigInt(row.redeemed);
    return {
      year,
      budgetFen: budget?.amountFen ?? null,
      issuedFen: row.issued,
      redeemedFen: row.redeemed,
      expiredFen: row.expired,
      outstandingFen: row.outstanding,
      vouchers: row.vouchers,
      dealsPaid: paid.deals,
      paidDealsTurnoverFen: paid.turnover,
      leverage: redeemed > 0n ? ratio(BigInt(paid.turnover), redeemed) : null,
    };
  }
}

function requireYuan(field: string, value: unknown, options: { allowZero?: boolean } = {}): bigint {
  const parsed = parseYuan(value, options);
  if ('problem' in parsed) throw ValidationFailedError.forField(field, moneyProblemMessage(field, parsed.problem));
  return parsed.fen;
}

function checkOptionalKey(key: string | undefined): string | null {
  if (key === undefined || key === '') return null;
  if (!IDEMPOTENCY_KEY_PATTERN.test(key))
    throw ValidationFailedError.forField('Idempotency-Key', 'Idempotency-Key must be 1–128 visible ASCII characters');
  return key;
}

function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** a ÷ b to two decimals, rounded half up, exactly (integers only). */
export function ratio(a: bigint, b: bigint): string {
  const hundredths = (a * 200n + b) / (2n * b);
  return `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}`;
}
