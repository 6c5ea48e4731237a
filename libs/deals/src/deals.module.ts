import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/accounts';
import { AnnualTarget } from './annual-target.entity.js';
import { DealImport } from './deal-import.entity.js';
import { DealImportService } from './deal-import.service.js';
import { DealImportsRepository } from './deal-imports.repository.js';
import { DealCancellationService } from './deal-cancellation.service.js';
import { DealIntakeService } from './deal-intake.service.js';
import { DealLifecycleService } from './deal-lifecycle.service.js';
import { DealNoticesRepository } from './deal-notices.repository.js';
import { DealNoticesService } from './deal-notices.service.js';
import { DealNotifier } from './deal-notifier.service.js';
import { DealQueriesService } from './deal-queries.service.js';
import { DealRecordingService } from './deal-recording.service.js';
import { Deal } from './deal.entity.js';
import { DealEvent } from './deal-event.entity.js';
import { DealNotice, DealNoticeObjection } from './deal-notice.entity.js';
import { DealsRepository } from './deals.repository.js';
import { ExportsService } from './exports.service.js';
import { LedgerEntry } from './ledger-entry.entity.js';
import { LedgerIntegrityService } from './ledger-integrity.service.js';
import { LedgerRepository } from './ledger.repository.js';
import { MilestonesService } from './milestones.service.js';
import { Notification } from './notification.entity.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';
import { RegisteredDealsSweeper } from './registered-deals.sweeper.js';
import { RecordingLagRepository } from './recording-lag.repository.js';
import { RecordingLagService } from './recording-lag.service.js';
import { TargetsRepository } from './targets.repository.js';
import { TargetsService } from './targets.service.js';
import { TurnoverAggregate } from './turnover-aggregate.entity.js';
import { TurnoverRollup } from './turnover-rollup.entity.js';
import { TurnoverStatsRepository } from './turnover-stats.repository.js';
import { TurnoverStatsService } from './turnover-stats.service.js';
import { AttributionRepository } from './attribution.repository.js';
import { RegistrationFormRepository } from './registration-form.repository.js';
import { RegistrationFormService } from './registration-form.service.js';
import { AttributionService } from './attribution.service.js';
import { PipelineStatsRepository } from './pipeline-stats.repository.js';
import { PipelineStatsService } from './pipeline-stats.service.js';

const services = [
  DealIntakeService,
  DealLifecycleService,
  DealNoticesService,
  DealNotifier,
  DealImportService,
  DealRecordingService,
  DealCancellationService,
  DealQueriesService,
  TargetsService,
  MilestonesService,
  TurnoverStatsService,
  PipelineStatsService,
  AttributionService,
  RegistrationFormService,
  ExportsService,
  LedgerIntegrityService,
  NotificationsService,
  RegisteredDealsSweeper,
  RecordingLagService,
];

/**
 * Deals, the ledger and its aggregates, targets, stats and exports. Listing lookups come in
 * through DEAL_LISTINGS_PORT, which the app must provide (the listings lib's DealListingsModule).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Deal,
      DealEvent,
      DealNotice,
      DealNoticeObjection,
      LedgerEntry,
      TurnoverAggregate,
      TurnoverRollup,
      AnnualTarget,
      Notification,
      DealImport,
    ]),
    AccountsModule,
  ],
  providers: [
    ...services,
    DealsRepository,
    DealImportsRepository,
    DealNoticesRepository,
    LedgerRepository,
    TurnoverStatsRepository,
    PipelineStatsRepository,
    AttributionRepository,
    RegistrationFormRepository,
    TargetsRepository,
    NotificationsRepository,
    RecordingLagRepository,
  ],
  exports: services,
})
export class DealsModule {}
