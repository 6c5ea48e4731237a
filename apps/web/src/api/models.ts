/**
 * The api's answers under the names the web uses: aliases of the schemas generated from
 * apps/api/openapi.json (schema.d.ts, `npm run openapi`), never shapes written by hand, so a
 * field the api changes breaks `npm run typecheck` where the web reads it. Amounts are decimal strings.
 */
import type { components } from './schema';

export type Schemas = components['schemas'];

export type Organization = Schemas['OrganizationResponse'];
export type OrganizationType = Organization['type'];
export type User = Schemas['UserResponse'];
export type Me = Schemas['MeResponse'];

/** A page of any list route: `{items, total, page, limit}`. */
export type Page<T> = { items: T[]; total: number; page: number; limit: number };

export type ListingKind = Schemas['ReviewItemResponse']['type'];
export type ListingStatus = Schemas['DemandResponse']['status'];
export type Demand = Schemas['DemandResponse'];
export type Outcome = Schemas['OutcomeResponse'];
/** A search hit: the listing without contacts, with the matched words highlighted. */
export type DemandHit = Schemas['DemandSearchItem'];
export type OutcomeHit = Schemas['OutcomeSearchItem'];
export type Listing = Demand | Outcome;
/** What a listing card shows: a listing, a search hit or a match. */
export type DemandCard = Demand | DemandHit | Schemas['MatchedDemand'];
export type OutcomeCard = Outcome | OutcomeHit | Schemas['MatchedOutcome'];
export type FacetCount = Schemas['FacetCount'];
export type Facets = Partial<Record<string, FacetCount[]>>;
export type StatusChange = Schemas['StatusHistoryResponse'];

export type DemandMatch = Schemas['DemandMatchItem'];
export type OutcomeMatch = Schemas['OutcomeMatchItem'];
export type Match = DemandMatch | OutcomeMatch;

export type ReviewItem = Schemas['ReviewItemResponse'];
export type InquiryMessage = Schemas['InquiryMessageResponse'];
export type Inquiry = Schemas['InquiryResponse'];
export type DeclineReason = Schemas['DeclineInquiryDto']['reason'];
/** Every reason the api accepts, in the form's order: a reason the api adds fails the typecheck here until it is placed. */
const declineReasons: Record<DeclineReason, true> = {
  too_early: true,
  price: true,
  ip_unclear: true,
  not_our_field: true,
  capacity: true,
  other: true,
};
export const DECLINE_REASONS = Object.keys(declineReasons) as DeclineReason[];

export type InboxNotification = Schemas['InboxNotificationResponse'];
export type InboxPage = Schemas['InboxPageResponse'];
/** The notification centre's page: alerts and deal notices, with the reader's unread count. */
export type NotificationCentrePage = Schemas['NotificationPageResponse'];
/** How an organization answers inquiries on its listings (last 90 days; only with 3 or more). */
export type Responsiveness = Schemas['ResponsivenessResponse'];
export type DeclineReasonCount = Schemas['DeclineReasonCountResponse'];
export type DeclineStats = Schemas['DeclineStatsResponse'];
export type Subscription = Schemas['SubscriptionResponse'];

export type Deal = Schemas['DealResponse'];
export type DealStatus = Deal['status'];
export type DealPricing = Deal['pricing'];
export type DealDetail = Schemas['DealDetailResponse'];
export type NoticeObjection = Schemas['ObjectionResponse'];
export type DealNotice = Schemas['NoticeResponse'];

export type Target = Schemas['TargetResponse'];
/** Which turnover a target tracks: 技术吸纳 (buyer in the market's region) or 技术输出 (seller in it). */
export type TurnoverBasis = Schemas['PutTargetDto']['basis'] & string;
export type FlowAmounts = Schemas['FlowAmountsResponse'];
export type TurnoverStats = Schemas['TurnoverStatsResponse'];
/** Turnover of a place and the places in it (省 → 市 → 县). */
export type RegionStatsNode = Schemas['RegionTreeStatsResponse'];
export type PipelineStats = Schemas['PipelineStatsResponse'];
export type Attribution = Schemas['AttributionResponse'];
export type MarketNotification = Schemas['NotificationResponse'];

export type VocabularyEntry = Schemas['VocabularyEntryResponse'];
export type VocabularyKind = VocabularyEntry['kind'];
export type VocabularySnapshot = Schemas['VocabularySnapshotResponse'];
export type VocabularyChange = Schemas['VocabularyChangeResponse'];
export type KeywordSuggestion = Schemas['KeywordSuggestionResponse'];
