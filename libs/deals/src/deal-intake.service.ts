import { Inject, Injectable, Optional } from '@nestjs/common';
import { OrganizationsRepository, type Organization, type Principal } from '@app/accounts';
import { ForbiddenError, ValidationFailedError, type Field } from '@app/common';
import { QueueProducer } from '@app/queue';
import type { Deal } from './deal.entity.js';
import { normalizeDealInput, type DealInput, type NormalizedDeal } from './deal-input.js';
import { DEAL_LISTINGS_PORT, type DealListingsPort } from './deal-listings.port.js';
import { IDEMPOTENCY_KEY_PATTERN, requestHash } from './deal-rules.js';
import { idempotencyKeyReused } from './deals.errors.js';
import { DealsRepository } from './deals.repository.js';

export type Caller = Pick<Principal, 'userId' | 'organizationId' | 'orgType'>;
export type AcceptedDeal = Pick<Deal, 'id' | 'status'> & { created: boolean };

/**
 * Accepting a deal: validate, store it `pending` under the caller's idempotency key, then ask
 * a worker to record it. Idempotency keys are scoped per caller organization.
 */
@Injectable()
export class DealIntakeService {
  constructor(
    private readonly deals: DealsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly producer: QueueProducer,
    @Optional() @Inject(DEAL_LISTINGS_PORT) private readonly listings?: DealListingsPort,
  ) {}

  /** Stores and enqueues; when Redis is away the sweeper enqueues it later. */
  async submit(caller: Caller, idempotencyKey: string | undefined, input: DealInput): Promise<AcceptedDeal> {
    const deal = await this.accept(caller, idempotencyKey, input);
    if (deal.status === 'pending') await this.producer.enqueue('deals.deal.record', { dealId: deal.id }, { jobId: deal.id });
    return deal;
  }

  /** Validates and stores the deal `pending`; the same key and body give back the same deal. */
  async accept(caller: Caller, idempotencyKey: string | undefined, input: DealInput): Promise<AcceptedDeal> {
    // Who may register comes first, so that a non-party is refused whatever else is wrong.
    if (caller.orgType !== 'bureau' && caller.organizationId !== input.buyerOrgId && caller.organizationId !== input.sellerOrgId) {
      throw new ForbiddenError('Only the buyer, the seller or the bureau may register this deal');
    }
    const key = checkIdempotencyKey(idempotencyKey);
    const deal = normalizeDealInput(input);
    const hash = requestHash(hashable(deal));
    // The insert itself detects a repeated key (ON CONFLICT DO NOTHING); only then is the first deal read.
    const seller = await this.checkParties(deal);
    const field = await this.resolveField(deal);
    const inserted = await this.deals.insertIfNew({
      ...deal,
      field,
      amountFen: deal.amountFen.toString(),
      technologyAmountFen: deal.technologyAmountFen.toString(),
      year: Number(deal.signedAt.slice(0, 4)),
      month: Number(deal.signedAt.slice(5, 7)),
      region: seller.region,
      createdByUserId: caller.userId,
      createdByOrgId: caller.organizationId,
      idempotencyKey: key,
      requestHash: hash,
    });
    if (inserted) return { ...inserted, created: true };
    // The key was used before (or by a concurrent request that won the insert): a repeat or a conflict.
    return (await this.findRepeat(caller.organizationId, key, hash))!;
  }

  private async findRepeat(orgId: string, key: string, hash: string): Promise<AcceptedDeal | null> {
    const existing = await this.deals.findByIdempotencyKey(orgId, key);
    if (!existing) return null;
    if (existing.requestHash !== hash) throw idempotencyKeyReused();
    return { id: existing.id, status: existing.status, created: false };
  }

  private async checkParties(deal: NormalizedDeal): Promise<Organization> {
    const orgs = await this.organizations.findByIds([deal.buyerOrgId, deal.sellerOrgId]);
    const problems = (['buyerOrgId', 'sellerOrgId'] as const).flatMap((field) => {
      const org = orgs.find((o) => o.id === deal[field]);
      if (!org) return [{ field, messages: [`${field}: no such organization`] }];
      return org.type === 'bureau' ? [{ field, messages: [`${field}: the bureau cannot be a party to a deal`] }] : [];
    });
    if (problems.length > 0) throw new ValidationFailedError(problems, problems.map((p) => p.messages[0]).join('; '));
    return orgs.find((o) => o.id === deal.sellerOrgId)!;
  }

  private async resolveField(deal: NormalizedDeal): Promise<Field> {
    const refs = { demandId: deal.demandId, outcomeId: deal.outcomeId, inquiryId: deal.inquiryId };
    const hasRefs = refs.demandId !== null || refs.outcomeId !== null || refs.inquiryId !== null;
    const fromListing = hasRefs && this.listings ? await this.listings.resolveField(refs) : null;
    const field = deal.field ?? fromListing;
    if (!field) throw ValidationFailedError.forField('field', 'field is required when no referenced listing provides one (技术领域必填)');
    return field;
  }
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

function hashable(deal: NormalizedDeal): Record<string, unknown> {
  return { ...deal, amountFen: deal.amountFen.toString(), technologyAmountFen: deal.technologyAmountFen.toString() };
}
