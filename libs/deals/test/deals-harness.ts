import { Test, type TestingModule } from '@nestjs/testing';
import { AccountsModule, AccountsService } from '@app/accounts';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DealListingsModule } from '@app/listings';
import { QueueModule } from '@app/queue';
import { SearchModule } from '@app/search';
import { DataSource } from 'typeorm';
import { createIsolatedDatabase } from '../../../test/helpers/isolated-db.js';
import { registerBody, uniqueEmail } from '../../accounts/test/accounts.factory.js';
import { DealsModule, type Caller } from '../src/index.js';

export interface DealsHarness {
  moduleRef: TestingModule;
  db: DataSource;
  /** A verified enterprise (buyer), a verified institution (seller), a verified enterprise on neither side, the bureau. */
  buyer: Caller;
  seller: Caller;
  outsider: Caller;
  bureau: Caller;
  close(): Promise<void>;
}

/**
 * The deals lib as an app uses it (with the listings side of its port), on a database of the
 * suite's own: the specs count ledger rows and aggregates. Queue jobs go to Redis under the
 * database's own prefix and no worker takes them, so a spec records by calling the service.
 */
/** `tag` names the database and prefixes: a few letters (the index prefix holds 32 characters). */
export async function startDeals(tag: string): Promise<DealsHarness> {
  const isolated = await createIsolatedDatabase(tag);
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(isolated.env),
      DatabaseModule,
      QueueModule.forRoot('producer'),
      SearchModule,
      AccountsModule,
      DealListingsModule,
      DealsModule,
    ],
  }).compile();
  await moduleRef.init();
  const accounts = moduleRef.get(AccountsService);
  const db = moduleRef.get(DataSource);
  const bureau = await bureauCaller(moduleRef);
  const party = async (type: 'enterprise' | 'institution'): Promise<Caller> => {
    const { org, user } = await accounts.register(registerBody({ type }) as never, { emailVerified: true });
    await accounts.verifyOrganization(org.id, bureau.userId);
    return { userId: user.id, organizationId: org.id, orgType: type };
  };
  return {
    moduleRef,
    db,
    buyer: await party('enterprise'),
    seller: await party('institution'),
    outsider: await party('enterprise'),
    bureau,
    close: async () => {
      await moduleRef.close();
      await isolated.drop();
    },
  };
}

async function bureauCaller(moduleRef: TestingModule): Promise<Caller> {
  const email = uniqueEmail('bureau');
  const { bureau } = moduleRef.get(AppConfig);
  const { org } = await moduleRef.get(AccountsService).ensureBureauUser({
    email,
    password: 'Bureau2026review',
    displayName: '科技局',
    org: { name: bureau.orgName, creditCode: bureau.orgCreditCode, region: bureau.region },
  });
  const [user] = await moduleRef.get(DataSource).query('SELECT id FROM users WHERE email = $1', [email]);
  return { userId: user.id as string, organizationId: org.id, orgType: 'bureau' };
}

/** A deal's status, its ledger rows and their sum, and the whole aggregate table's sums. */
export async function ledgerState(db: DataSource, dealId: string) {
  const [row] = await db.query(
    `SELECT (SELECT status FROM deals WHERE id = $1) AS status,
            (SELECT count(*)::int FROM ledger_entries WHERE deal_id = $1) AS entries,
            (SELECT coalesce(sum(amount_fen), 0)::text FROM ledger_entries WHERE deal_id = $1) AS "ledgerFen",
            (SELECT coalesce(sum(amount_fen), 0)::text FROM turnover_aggregates) AS "aggregateFen",
            (SELECT coalesce(sum(deal_count), 0)::int FROM turnover_aggregates) AS "aggregateDeals"`,
    [dealId],
  );
  return row as { status: string; entries: number; ledgerFen: string; aggregateFen: string; aggregateDeals: number };
}
