import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { AccountsService, type Principal } from '@app/accounts';
import { ForbiddenError, ValidationFailedError, type Field, type FieldProblem } from '@app/common';
import { QueueProducer } from '@app/queue';
import type { Deal } from './deal.entity.js';
import { dealDraftWithoutRegion } from './deal-draft.js';
import { normalizeDealInput, type DealInput, type NormalizedDeal } from './deal-input.js';
import { DEAL_LISTINGS_PORT, type DealListingsPort } from './deal-listings.port.js';
import { IDEMPOTENCY_KEY_PATTERN, requestHash } from './deal-rules.js';
import { idempotencyKeyReused, registrationNoTaken } from './deals.errors.js';
import { DealNotifier } from './deal-notifier.service.js';
import { DealsRepository, type NewDeal } from './deals.repository.js';

interface PendingInsert {
  values: Omit<NewDeal, 'region'>;
  actorOrgId: string;
}

export type Caller = Pick<Principal, 'userId' | 'organizationId' | 'orgType'>;
export type AcceptedDeal = Pick<Deal, 'id' | 'status'> & { created: boolean };

/** At most this many posted deals share a recording job (an import's chunk is of the same order). */
const RECORD_BATCH_MAX = 100;

/**
 * Accepting a deal. A member of a verified organization that is the buyer or the seller
 * declares it (`declared`: the other party confirms, the bureau registers); the bureau posts
 * contracts the registration office already registered (`registered`, with their number), which
 * a worker then records. Idempotency keys are scoped per caller organization.
 */
@Injectable()
export class DealIntakeService {
  private pendingRecording: { dealIds: string[]; sent: Promise<void> } | null = null;
  /** The bureau's concurrent posts (those stored in the same turn of the event loop) go in as one statement. */
  private readonly registeredInserts = new DataLoader<PendingInsert, Pick<Deal, 'id' | 'status'> | null>(
    (pending) => this.insertTogether(pending),
    { cache: false, maxBatchSize: RECORD_BATCH_MAX, batchScheduleFn: (send) => setImmediate(send) },
  );

  constructor(
    private readonly dataSource: DataSource,
    private readonly deals: DealsRepository,
    private readonly accounts: AccountsService,
    private readonly producer: QueueProducer,
    private readonly notifier: DealNotifier,
    @Inject(DEAL_LISTINGS_PORT) private readonly listings: DealListingsPort,
  ) {}

  /** Stores, and enqueues a registered deal's recording; when Redis is away the sweeper enqueues it later. */
  async submit(caller: Caller, idempotencyKey: string | undefined, input: DealInput): Promise<AcceptedDeal> {
    const deal = await this.accept(caller, idempotencyKey, input);
    if (deal.status === 'registered') await this.enqueueRecording(deal.id);
    return deal;
  }

  /**
   * The recording of the registered deals stored in the same turn of the event loop goes out as
   * one job: a lone deal as `deals.deal.record` keyed by the deal, several concurrent posts as one
   * `deals.batch.record` (one transaction in the worker, like an import's chunk) keyed by its
   * first deal. Each request still answers only once its deal's job is queued (or Redis failed,
   * and the sweeper sends it later, one job per deal); recording is exactly once either way.
   */
  private enqueueRecording(dealId: string): Promise<void> {
    let batch = this.pendingRecording;
    if (!batch || batch.dealIds.length >= RECORD_BATCH_MAX) {
      const next = { dealIds: [] as string[], sent: Promise.resolve() };
      next.sent = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        if (this.pendingRecording === next) this.pendingRecording = null;
        return this.sendRecording(next.dealIds);
      });
      this.pendingRecording = batch = next;
    }
    batch.dealIds.push(dealId);
    return batch.sent;
  }

  private async sendRecording(dealIds: string[]): Promise<void> {
    if (dealIds.length === 1) await this.producer.enqueue('deals.deal.record', { dealId: dealIds[0] }, { jobId: dealIds[0] });
    else await this.producer.enqueue('deals.batch.record', { dealIds }, { jobId: `posted-${dealIds[0]}` });
  }

  /**
   * Several posts in one `INSERT`, each row keyed by an id given here, so that each request learns
   * whether its own deal went in. When the statement fails (one deal's listing deleted since it
   * was checked, two overlapping batches deadlocking on the same key), nothing of it was written,
   * and each deal is inserted alone, with its own answer.
   */
  private async insertTogether(pending: readonly PendingInsert[]): Promise<(Pick<Deal, 'id' | 'status'> | null | Error)[]> {
    const alone = (p: PendingInsert) => this.deals.insertIfNew(this.dataSource.manager, p.values, p.actorOrgId);
    if (pending.length === 1) return [await alone(pending[0])];
    try {
      return await this.deals.insertManyIfNew(pending.map((p) => ({ ...p, id: randomUUID() })));
    } catch {
      return Promise.all(
        pending.map((p) => alone(p).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))),
      );
    }
  }

  /** Validates and stores the deal with its first stage; the same key and body give back the same deal. */
  async accept(caller: Caller, idempotencyKey: string | undefined, input: DealInput): Promise<AcceptedDeal> {
    const bureau = caller.orgType === 'bureau';
    // Who may declare comes first, so that a non-party is refused whatever else is wrong.
    if (!bureau) await this.checkDeclarer(caller, input);
    const key = checkIdempotencyKey(idempotencyKey);
    const deal = normalizeDealInput(input);
    checkRegistrationNo(deal, bureau);
    const hash = requestHash(hashable(deal));
    // The parties are checked before anything else that may fail or needs a lookup (the listings);
    // otherwise the insert itself checks them, and only a refused insert asks why.
    const partiesFirst = deal.demandId !== null || deal.outcomeId !== null || deal.inquiryId !== null || deal.field === null;
    if (partiesFirst) await this.checkParties(deal);
    const field = await this.checkListings(deal);
    const draft = dealDraftWithoutRegion(deal, {
      field,
      status: bureau ? 'registered' : 'declared',
      caller,
      idempotencyKey: key,
      requestHash: hash,
    });
    // The insert detects a repeated key, a taken registration number or an unfit party (nothing written then).
    const inserted = bureau
      ? await this.registeredInserts.load({ values: draft, actorOrgId: caller.organizationId })
      : await this.dataSource.transaction(async (manager) => {
          const row = await this.deals.insertIfNew(manager, draft, caller.organizationId);
          if (row) {
            const other = caller.organizationId === deal.buyerOrgId ? deal.sellerOrgId : deal.buyerOrgId;
            await this.notifier.declared(manager, { id: row.id, year: draft.year }, caller.organizationId, other);
          }
          return row;
        });
    if (inserted) return { ...inserted, created: true };
    if (!partiesFirst) await this.checkParties(deal);
    // The key was used before (or by a concurrent request that won the insert): a repeat or a conflict.
    const repeat = await this.findRepeat(caller.organizationId, key, hash);
    if (repeat) return repeat;
    throw registrationNoTaken(deal.registrationNo ?? '');
  }

  /** 403 unless the caller's organization is verified and one of the two parties. */
  private async checkDeclarer(caller: Caller, input: DealInput): Promise<void> {
    if (caller.organizationId !== input.buyerOrgId && caller.organizationId !== input.sellerOrgId) {
      throw new ForbiddenError('Only the buyer or the seller may declare this deal (只有买方或卖方可以申报合同)');
    }
    const [own] = await this.accounts.findOrganizations({ ids: [caller.organizationId] });
    if (!own?.verified) {
      throw new ForbiddenError(
        'Your organization must be verified by the bureau before it declares deals (单位通过科技局认证后方可申报合同)',
      );
    }
  }

  private async findRepeat(orgId: string, key: string, hash: string): Promise<AcceptedDeal | null> {
    const existing = await this.deals.findByIdempotencyKey(orgId, key);
    if (!existing) return null;
    if (existing.requestHash !== hash) throw idempotencyKeyReused();
    return { id: existing.id, status: existing.status, created: false };
  }

  /** 400 naming the field unless both parties are organizations that may be parties (not the bureau). */
  private async checkParties(deal: NormalizedDeal): Promise<void> {
    const orgs = await this.accounts.findOrganizations({ ids: [deal.buyerOrgId, deal.sellerOrgId] });
    const problems = (['buyerOrgId', 'sellerOrgId'] as const).flatMap((field) => {
      const org = orgs.find((o) => o.id === deal[field]);
      if (!org) return [{ field, messages: [`${field}: no such organization`] }];
      return org.type === 'bureau' ? [{ field, messages: [`${field}: the bureau cannot be a party to a deal`] }] : [];
    });
    if (problems.length > 0) throw new ValidationFailedError(problems, problems.map((p) => p.messages[0]).join('; '));
  }

  /**
   * Referenced listings must exist and be the parties' own: a demand the buyer's, an outcome the
   * seller's, an inquiry between the two of them. Returns the deal's field.
   */
  private async checkListings(deal: NormalizedDeal): Promise<Field> {
    const refs = { demandId: deal.demandId, outcomeId: deal.outcomeId, inquiryId: deal.inquiryId };
    const hasRefs = refs.demandId !== null || refs.outcomeId !== null || refs.inquiryId !== null;
    const resolved = hasRefs ? await this.listings.resolve(refs) : null;
    const problems: FieldProblem[] = [];
    if (resolved?.demandOrgId && resolved.demandOrgId !== deal.buyerOrgId)
      problems.push({ field: 'demandId', messages: ['demandId must be a demand of the buyer (需求须为买方发布)'] });
    if (resolved?.outcomeOrgId && resolved.outcomeOrgId !== deal.sellerOrgId)
      problems.push({ field: 'outcomeId', messages: ['outcomeId must be an outcome of the seller (成果须为卖方发布)'] });
    const pair = resolved?.inquiryOrgIds;
    if (pair && !(pair.includes(deal.buyerOrgId) && pair.includes(deal.sellerOrgId)))
      problems.push({
        field: 'inquiryId',
        messages: ['inquiryId must be an inquiry between the buyer and the seller (对接须在买卖双方之间)'],
      });
    if (problems.length > 0) throw new ValidationFailedError(problems, problems.map((p) => p.messages[0]).join('; '));
    const field = deal.field ?? resolved?.field ?? null;
    if (!field) throw ValidationFailedError.forField('field', 'field is required when no referenced listing provides one (技术领域必填)');
    return field;
  }
}

/** The bureau posts registered contracts: a number is required. Parties declare without one: the bureau gives it. */
function checkRegistrationNo(deal: NormalizedDeal, bureau: boolean): void {
  if (bureau && !deal.registrationNo)
    throw ValidationFailedError.forField('registrationNo', 'registrationNo is required for a registered contract (技术合同登记号必填)');
  if (!bureau && deal.registrationNo)
    throw ValidationFailedError.forField(
      'registrationNo',
      'registrationNo is given by the bureau at registration, not by the parties (登记号由科技局认定登记时填写)',
    );
}

function checkIdempotencyKey(key: string | undefined): string {
  if (key === undefined || key === '') {
    throw ValidationFailedError.forField('Idempotency-Key', 'the Idempotency-Key header is required (e.g. a UUID per new deal)');
  }
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw ValidationFailedError.forField('Idempotency-Key', 'Idempotency-Key must be 1–128 visible ASCII characters');
  }
  return key;
}

/** The fields the request hash covers: the registration-form fields only when given, so older hashes stay valid. */
function hashable(deal: NormalizedDeal): Record<string, unknown> {
  const { pricing, title, contractSubtype, termStart, termEnd, paymentMode, ...rest } = deal;
  const extra = { pricing: pricing === 'listing' ? null : pricing, title, contractSubtype, termStart, termEnd, paymentMode };
  return {
    ...rest,
    ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== null)),
    amountFen: deal.amountFen.toString(),
    technologyAmountFen: deal.technologyAmountFen.toString(),
  };
}
