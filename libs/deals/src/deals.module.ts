import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/accounts';
import { AnnualTarget } from './annual-target.entity.js';
import { DealImport } from './deal-import.entity.js';
import { DealImportService } from './deal-import.service.js';
import { DealImportsRepository } from './deal-imports.repository.js';
import { DealCancellationService } from './deal-cancellation.service.js';
import { DealIntakeService } from './deal-intake.service.js';
import { DealQueriesService } from './deal-queries.service.js';
import { DealRecordingService } from './deal-recording.service.js';
import { Deal } from './deal.entity.js';
import { DealsRepository } from './deals.repository.js';
import { ExportsService } from './exports.service.js';
import { LedgerEntry } from './ledger-entry.entity.js';
import { LedgerIntegrityService } from './ledger-integrity.service.js';
import { LedgerRepository } from './ledger.repository.js';
import { MilestonesService } from './milestones.service.js';
import { Notification } from './notification.entity.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';
import { PendingDealsSweeper } from './pending-deals.sweeper.js';
import { TargetsRepository } from './targets.repository.js';
import { TargetsService } from './targets.service.js';
import { TurnoverAggregate } from './turnover-aggregate.entity.js';
import { TurnoverStatsRepository } from './turnover-stats.repository.js';
import { TurnoverStatsService } from './turnover-stats.service.js';

const services = [
  DealIntakeService,
  DealImportService,
  DealRecordingService,
  DealCancellationService,
  DealQueriesService,
  TargetsService,
  MilestonesService,
  TurnoverStatsService,
  ExportsService,
  LedgerIntegrityService,
  NotificationsService,
  PendingDealsSweeper,
];

/**
 * Deals, the ledger and its aggregates, targets, stats and exports. Listing lookups come in
 * through DEAL_LISTINGS_PORT when a global module provides it.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Deal, LedgerEntry, TurnoverAggregate, AnnualTarget, Notification, DealImport]), AccountsModule],
  providers: [
    ...services,
    DealsRepository,
    DealImportsRepository,
    LedgerRepository,
    TurnoverStatsRepository,
    TargetsRepository,
    NotificationsRepository,
  ],
  exports: services,
})
export class DealsModule {}
