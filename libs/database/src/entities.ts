/** Every entity of the schema: the api, the worker and the migration tooling share this list. */
import { Organization, User } from '@app/accounts';
import { AnnualTarget, Deal, LedgerEntry, Notification, TurnoverAggregate } from '@app/deals';

export const ENTITIES = [Organization, User, Deal, LedgerEntry, TurnoverAggregate, AnnualTarget, Notification];
