/**
 * The DataSource of the migration tooling (`migration:generate`, `migration:check`): the
 * connection of the apps with every entity of the schema listed explicitly. The apps load the
 * same entities from their modules (`autoLoadEntities`); test/e2e/schema.e2e-spec.ts fails
 * when the two disagree.
 */
import { AccountToken, Invitation, Organization, User } from '@app/accounts';
import { MailOutbox } from '@app/mail';
import type { AppConfig } from '@app/config';
import { createDataSource } from '@app/database';
import {
  AnnualTarget,
  Deal,
  DealEvent,
  DealImport,
  DealNotice,
  DealNoticeObjection,
  LedgerEntry,
  Notification,
  TurnoverAggregate,
  TurnoverRollup,
} from '@app/deals';
import { Demand, Inquiry, InquiryMessage, ListingOutbox, ListingStatusHistory, Outcome } from '@app/listings';
import { MatchFeedback, MatchList, MatchListEntry, Subscription, VocabularyChange, VocabularyEntry } from '@app/matching';
import { NotificationDigest, NotificationPreference, OrgNotification } from '@app/notifications';
import { BrokerCertificate, BrokerFollow, Introduction, IntroductionMessage } from '@app/brokers';
import { Voucher, VoucherBudget, VoucherDealTotal, VoucherLedgerEntry } from '@app/vouchers';
import type { DataSource } from 'typeorm';

export const ENTITIES: Function[] = [
  Organization,
  User,
  Demand,
  Outcome,
  ListingStatusHistory,
  ListingOutbox,
  Inquiry,
  InquiryMessage,
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
  VocabularyEntry,
  VocabularyChange,
  MatchFeedback,
  MatchList,
  MatchListEntry,
  OrgNotification,
  NotificationDigest,
  NotificationPreference,
  Subscription,
  VoucherBudget,
  Voucher,
  VoucherLedgerEntry,
  VoucherDealTotal,
  BrokerCertificate,
  BrokerFollow,
  Introduction,
  IntroductionMessage,
  Invitation,
  AccountToken,
  MailOutbox,
];

export const migrationDataSource = (config: AppConfig): DataSource => createDataSource(config, { entities: ENTITIES });
