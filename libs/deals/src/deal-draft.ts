import type { Field } from '@app/common';
import type { Caller } from './deal-intake.service.js';
import type { NormalizedDeal } from './deal-input.js';
import type { NewDeal } from './deals.repository.js';

/** What a deal row needs beyond its checked input: who stores it, at which stage, under which key. */
export interface DraftContext {
  /** The deal's field: its own, or the referenced listing's. */
  field: Field;
  /** The seller's region: the deal counts there. */
  sellerRegion: string;
  status: 'declared' | 'registered';
  caller: Caller;
  idempotencyKey: string;
  requestHash: string;
}

/**
 * The row a checked deal becomes, the same for POST /deals and for a row of an imported file:
 * money in fen as decimal strings, its year and month from the signing date, a registered deal
 * registered by the one who stores it.
 */
export function dealDraft(deal: NormalizedDeal, context: DraftContext): NewDeal {
  return { ...dealDraftWithoutRegion(deal, context), region: context.sellerRegion };
}

/** The same row without the seller's region, for an insert that reads it from the seller itself. */
export function dealDraftWithoutRegion(deal: NormalizedDeal, context: Omit<DraftContext, 'sellerRegion'>): Omit<NewDeal, 'region'> {
  return {
    buyerOrgId: deal.buyerOrgId,
    sellerOrgId: deal.sellerOrgId,
    demandId: deal.demandId,
    outcomeId: deal.outcomeId,
    inquiryId: deal.inquiryId,
    contractType: deal.contractType,
    field: context.field,
    amountFen: deal.amountFen.toString(),
    technologyAmountFen: deal.technologyAmountFen.toString(),
    signedAt: deal.signedAt,
    year: Number(deal.signedAt.slice(0, 4)),
    month: Number(deal.signedAt.slice(5, 7)),
    registrationNo: deal.registrationNo,
    status: context.status,
    pricing: deal.pricing,
    title: deal.title,
    contractSubtype: deal.contractSubtype,
    termStart: deal.termStart,
    termEnd: deal.termEnd,
    paymentMode: deal.paymentMode,
    registeredByUserId: context.status === 'registered' ? context.caller.userId : null,
    createdByUserId: context.caller.userId,
    createdByOrgId: context.caller.organizationId,
    idempotencyKey: context.idempotencyKey,
    requestHash: context.requestHash,
  };
}
