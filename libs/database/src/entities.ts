/** Every entity of the schema: the api, the worker and the migration tooling share this list. */
import { Organization, User } from '@app/accounts';

export const ENTITIES = [Organization, User];
