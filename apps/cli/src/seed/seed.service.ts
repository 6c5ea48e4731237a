import { Injectable, Logger } from '@nestjs/common';
import { AccountsService } from '@app/accounts';
import { AppConfig } from '@app/config';
import { DataSource } from 'typeorm';
import { DemoDealsSeeder, type DemoOutcome, type DemoParty } from './demo-deals.seeder.js';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD } from './demo-data.js';
import { DemoListingsSeeder } from './demo-listings.seeder.js';

export interface SeedResult {
  seeded: boolean;
  users: { email: string; password: string; organization: string; type: string }[];
  deals?: { deals: number; total: string; target: string };
  listings?: { demands: number; outcomes: number };
}

/** Fills an empty database with demo data; a database with any member organization is left alone. */
@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    private readonly accounts: AccountsService,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly demoDeals: DemoDealsSeeder,
    private readonly demoListings: DemoListingsSeeder,
  ) {}

  async seedIfEmpty(): Promise<SeedResult> {
    // Demo users have published passwords: a production market must never get them.
    if (this.config.isProduction) throw new Error('seed refuses to run with NODE_ENV=production: demo users have published passwords');
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM organizations WHERE type <> 'bureau'`);
    if (count > 0) return { seeded: false, users: [] };
    const users: SeedResult['users'] = [];
    const bureau = await this.ensureBureau();
    const parties: Record<string, DemoParty> = {};
    for (const demo of DEMO_ORGANIZATIONS) {
      const { org, user } = await this.accounts.register(
        {
          email: demo.user.email,
          password: DEMO_PASSWORD,
          displayName: demo.user.displayName,
          org: { name: demo.name, type: demo.type, creditCode: demo.creditCode, region: demo.region },
        },
        // Demo addresses receive no mail: they start verified.
        { emailVerified: true },
      );
      if (demo.verified && bureau) await this.accounts.verifyOrganization(org.id, bureau);
      users.push({ email: demo.user.email, password: DEMO_PASSWORD, organization: demo.name, type: demo.type });
      parties[demo.key] = { orgId: org.id, userId: user.id };
    }
    this.logger.log(`seeded ${DEMO_ORGANIZATIONS.length} demo organizations`);
    const listings = await this.demoListings.seed(parties);
    const [bureauOrg] = bureau ? await this.dataSource.query(`SELECT organization_id AS id FROM users WHERE id = $1`, [bureau]) : [];
    const outcomes: DemoOutcome[] = await this.dataSource.query(
      `SELECT id, organization_id AS "organizationId", field, trl FROM outcomes WHERE status = 'published' ORDER BY created_at, id`,
    );
    const deals = await this.demoDeals.seed(parties, bureau && bureauOrg ? { userId: bureau, orgId: bureauOrg.id } : undefined, outcomes);
    return { seeded: true, users, listings, deals };
  }

  /** Returns the bureau user's id, creating the user from BUREAU_ADMIN_* when configured. */
  private async ensureBureau(): Promise<string | undefined> {
    const { adminEmail, adminPassword, orgName, orgCreditCode, region } = this.config.bureau;
    if (!adminEmail || !adminPassword) return undefined;
    await this.accounts.ensureBureauUser({
      email: adminEmail,
      password: adminPassword,
      displayName: '科技局管理员',
      org: { name: orgName, creditCode: orgCreditCode, region },
    });
    const [row] = await this.dataSource.query('SELECT id FROM users WHERE email = $1', [adminEmail.toLowerCase()]);
    return row?.id;
  }
}
