import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccountsService, type Organization, type Principal } from '@app/accounts';
import { ForbiddenError, ValidationFailedError, type Field, type FieldProblem } from '@app/common';
import { QueueProducer } from '@app/queue';
import type { Deal } from './deal.entity.js';
import { dealDraft } from './deal-draft.js';
import { normalizeDealInput, type DealInput, type NormalizedDeal } from './deal-input.js';
import { DEAL_LISTINGS_PORT, type DealListingsPort } from './deal-listings.port.js';
import { IDEMPOTENCY_KEY_PATTERN, requestHash } from './deal-rules.js';
import { idempotencyKeyReused, registrationNoTaken } from './deals.errors.js';
import { DealNotifier } from './deal-notifier.service.js';
import { DealsRepository } from './deals.repository.js';

export type Caller = Pick<Principal, 'userId' | 'organizationId' | 'orgType'>;
export type AcceptedDeal = Pick<Deal, 'id' | 'status'> & { created: boolean };

/**
 * Accepting a deal. A member of a verified organization that is the buyer or the seller
 * declares it (`declared`: the other party confirms, the bureau registers); the bureau posts
 * contracts the registration office already registered (`registered`, with their number), which
 * a worker then records. Idempotency keys are scoped per caller organization.
 */
@Injectable()
export class DealIntakeService {
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
    if (deal.status === 'registered') await this.producer.enqueue('deals.deal.record', { dealId: deal.id }, { jobId: deal.id });
    return deal;
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
    const seller = await this.checkParties(deal);
    const field = await this.checkListings(deal);
    // The insert itself detects a repeated key or a taken registration number (ON CONFLICT DO NOTHING).
    const inserted = await this.dataSource.transaction(async (manager) => {
      const draft = dealDraft(deal, {
        field,
        sellerRegion: seller.region,
        status: bureau ? 'registered' : 'declared',
        caller,
        idempotencyKey: key,
        requestHash: hash,
      });
      const row = await this.deals.insertIfNew(manager, draft, caller.organizationId);
      if (row && !bureau) {
        const other = caller.organizationId === deal.buyerOrgId ? deal.sellerOrgId : deal.buyerOrgId;
        await this.notifier.declared(manager, { id: row.id, year: Number(deal.signedAt.slice(0, 4)) }, caller.organizationId, other);
      }
      return row;
    });
    if (inserted) return { ...inserted, created: true };
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

  private async checkParties(deal: NormalizedDeal): Promise<Organization> {
    const orgs = await this.accounts.findOrganizations({ ids: [deal.buyerOrgId, deal.sellerOrgId] });
    const problems = (['buyerOrgId', 'sellerOrgId'] as const).flatMap((field) => {
      const org = orgs.find((o) => o.id === deal[field]);
      if (!org) return [{ field, messages: [`${field}: no such organization`] }];
      return org.type === 'bureau' ? [{ field, messages: [`${field}: the bureau cannot be a party to a deal`] }] : [];
    });
    if (problems.length > 0) throw new ValidationFailedError(problems, problems.map((p) => p.messages[0]).join('; '));
    return orgs.find((o) => o.id === deal.sellerOrgId)!;
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
