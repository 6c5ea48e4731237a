// The deals lib's public surface: intake and the registration path, recording into the ledger,
// cancellation, imports, notices, targets, stats and exports, and the ports other libs provide.
// Repositories stay inside; entities are named for the DataSource and for read-only typing.
export { DealsModule } from './deals.module.js';

export { DealIntakeService, type AcceptedDeal, type Caller } from './deal-intake.service.js';
export { DealLifecycleService } from './deal-lifecycle.service.js';
export { DealRecordingService, type RecordOutcome } from './deal-recording.service.js';
export { DealCancellationService } from './deal-cancellation.service.js';
export { DealImportService, type ImportFile, type ImportResult } from './deal-import.service.js';
export {
  DealQueriesService,
  type DealDetailView,
  type DealHistoryEntry,
  type DealNoticeSummary,
  type DealView,
} from './deal-queries.service.js';
export { DealNoticesService, type NoticeView } from './deal-notices.service.js';
export type { NoticeRow, NoticeState } from './deal-notices.repository.js';
export type { DealListFilter } from './deals.repository.js';
export { chinaDate } from './deal-notifier.service.js';
export { RegisteredDealsSweeper } from './registered-deals.sweeper.js';
export { RecordingLagService } from './recording-lag.service.js';
export { MilestonesService } from './milestones.service.js';
export { NotificationsService } from './notifications.service.js';
export { TargetsService, checkYear, MAX_YEAR, MIN_YEAR, type TargetInput } from './targets.service.js';
export { LedgerIntegrityService, type LedgerCheckReport } from './ledger-integrity.service.js';
export type { AggregateDifference, DealDifference } from './ledger.repository.js';
export { EXPORT_FORMATS, ExportsService, type ExportFile, type ExportFormat } from './exports.service.js';
export {
  LARGEST_CONTRACTS_COUNT,
  SEASONAL_YEARS,
  TOP_SELLERS_COUNT,
  TurnoverStatsService,
  type Amounts,
  type FlowAmounts,
  type RegionStatsNode,
  type TurnoverStats,
} from './turnover-stats.service.js';
export {
  LARGE_CONTRACTS_LISTED,
  PIPELINE_STAGE_LABELS,
  PIPELINE_STAGES,
  PIPELINE_STEP_LABELS,
  PipelineStatsService,
  type PipelineStage,
  type PipelineStats,
  type PipelineStep,
} from './pipeline-stats.service.js';
export {
  ATTRIBUTION_CHANNEL_LABELS,
  ATTRIBUTION_CHANNELS,
  AttributionService,
  MATCHED_DEALS_LISTED,
  type Attribution,
  type AttributionChannel,
} from './attribution.service.js';
export {
  REGISTRATION_FORM_BASIS,
  RegistrationFormService,
  type RegistrationForm,
  type RegistrationFormParty,
} from './registration-form.service.js';

export { DEAL_LISTINGS_PORT, type DealListingRefs, type DealListingsPort, type ResolvedListingRefs } from './deal-listings.port.js';
export { DEAL_CANCELLATION_HOOK, type DealCancellationHook } from './deal-cancellation.port.js';

export { normalizeDealInput, type DealInput, type NormalizedDeal } from './deal-input.js';
export {
  checkSignedAt,
  EARLIEST_SIGNED_AT,
  IDEMPOTENCY_KEY_PATTERN,
  isLargeContract,
  needsNotice,
  normalizeRegistrationNo,
  REGISTRATION_NO_PATTERN,
  requestHash,
  signedAtMessage,
  todayInChina,
  type SignedAtProblem,
} from './deal-rules.js';
export { CONTRACT_SUBTYPES, DEAL_PRICING_LABELS, DEAL_PRICINGS, PAYMENT_MODES, type DealPricing, type PaymentMode } from './deal-terms.js';
export {
  IMPORT_COLUMNS,
  MAX_CELL_LENGTH,
  MAX_HEADER_LENGTH,
  parseImportFile,
  REQUIRED_IMPORT_COLUMNS,
  type ImportColumn,
  type ImportRow,
  type ParsedImportFile,
} from './deal-import-file.js';
export { basisColumns, inRegion, regionPrefix } from './market-region.js';
export { DealsError, type DealsErrorCode } from './deals.errors.js';

export { Deal, DEAL_STATUS_LABELS, DEAL_STATUSES, type DealStatus } from './deal.entity.js';
export { DealEvent } from './deal-event.entity.js';
export { DealNotice, DealNoticeObjection } from './deal-notice.entity.js';
export { DealImport, type ImportReport, type ImportRowError } from './deal-import.entity.js';
export { LedgerEntry, LEDGER_KINDS, type LedgerKind } from './ledger-entry.entity.js';
export { TurnoverAggregate } from './turnover-aggregate.entity.js';
export { TurnoverRollup } from './turnover-rollup.entity.js';
export { AnnualTarget, TURNOVER_BASES, TURNOVER_BASIS_LABELS, type TurnoverBasis } from './annual-target.entity.js';
export { MILESTONES, Notification, NOTIFICATION_KINDS, type Milestone, type NotificationKind } from './notification.entity.js';
