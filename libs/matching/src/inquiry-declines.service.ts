import { Injectable } from '@nestjs/common';
import type { Principal } from '@app/accounts';
import { InquiriesService, type InquiryDeclineReason, type InquiryView } from '@app/listings';
import { MatchLists } from './lists/match-lists.service.js';
import type { DeclineReason } from './vocabulary/match-feedback.entity.js';
import { MatchFeedbackService } from './vocabulary/match-feedback.service.js';

/**
 * What an inquiry's decline reason says about the pair, as match evidence: "not our field" is
 * the strongest sign the match was wrong; timing and price weigh less; IP and capacity say
 * little about relevance, like "other".
 */
export const DECLINE_EVIDENCE: Record<InquiryDeclineReason, DeclineReason> = {
  too_early: 'timing',
  price: 'price',
  ip_unclear: 'other',
  not_our_field: 'not_relevant',
  capacity: 'other',
  other: 'other',
};

/**
 * A listing's owner declines an inquiry: the inquiry ends with the reason (the asker sees it),
 * the pair gets a decline as match evidence (the feedback sync writes it too, should this
 * process stop in between), and the pair's entries in the stored lists are re-scored with it.
 */
@Injectable()
export class InquiryDeclines {
  constructor(
    private readonly inquiries: InquiriesService,
    private readonly feedback: MatchFeedbackService,
    private readonly lists: MatchLists,
  ) {}

  async decline(actor: Principal, id: string, input: { reason: InquiryDeclineReason; note?: string }): Promise<InquiryView> {
    const view = await this.inquiries.decline(actor, id, input);
    const { inquiry } = view;
    await this.feedback.recordDecline({
      listingKind: inquiry.listingKind,
      listingId: inquiry.listingId,
      counterpartOrganizationId: inquiry.requesterOrganizationId,
      reason: DECLINE_EVIDENCE[inquiry.declineReason!],
      source: `inquiry:${inquiry.id}`,
    });
    await this.lists.applyFeedback(inquiry.listingKind, inquiry.listingId, inquiry.requesterOrganizationId);
    return view;
  }
}
