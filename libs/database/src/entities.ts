/** Every entity of the schema: the api, the worker and the migration tooling share this list. */
import { Organization, User } from '@app/accounts';
import { AnnualTarget, Deal, DealImport, LedgerEntry, Notification, TurnoverAggregate } from '@app/deals';
import { Demand, Inquiry, InquiryMessage, ListingOutbox, ListingStatusHistory, Outcome } from '@app/listings';

export const ENTITIES = [
  Organization,
  User,
  Demand,
  Outcome,
  ListingStatusHistory,
  ListingOutbox,
  Inquiry,
  InquiryMessage,
  Deal,
  LedgerEntry,
  TurnoverAggregate,
  AnnualTarget,
  Notification,
  DealImport,
];
