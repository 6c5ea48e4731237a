import { Injectable, Logger } from '@nestjs/common';
import { AccountsService, OrganizationsRepository } from '@app/accounts';
import { AppConfig } from '@app/config';
import { ListingImportService, todayInChina, type ImportOwner } from '@app/listings';
import { DataSource } from 'typeorm';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD } from './demo-data.js';
import { DEMO_DEMANDS } from './demo-demands.js';
import { DEMO_OUTCOMES } from './demo-outcomes.js';

export interface SeedResult {
  seeded: boolean;
  users: { email: string; password: string; organization: string; type: string }[];
  listings?: { demands: number; outcomes: number };
}

const DAY_MS = 86400 * 1000;
const SEED_NOTE = '演示数据：初始化时直接发布';

type DemoOwner = ImportOwner & { region: string };

/** Fills an empty database with demo data; a database with any member organization is left alone. */
@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    private readonly accounts: AccountsService,
    private readonly organizations: OrganizationsRepository,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly listings: ListingImportService,
  ) {}

  async seedIfEmpty(): Promise<SeedResult> {
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM organizations WHERE type <> 'bureau'`);
    if (count > 0) return { seeded: false, users: [] };
    const users: SeedResult['users'] = [];
    const owners = new Map<string, DemoOwner>();
    const bureau = await this.ensureBureau();
    for (const demo of DEMO_ORGANIZATIONS) {
      const { org, user } = await this.accounts.register({
        email: demo.user.email,
        password: DEMO_PASSWORD,
        displayName: demo.user.displayName,
        org: { name: demo.name, type: demo.type, creditCode: demo.creditCode, region: demo.region },
      });
      if (demo.verified && bureau) await this.organizations.markVerified(org.id, bureau);
      users.push({ email: demo.user.email, password: DEMO_PASSWORD, organization: demo.name, type: demo.type });
      owners.set(demo.key, { organizationId: org.id, userId: user.id, region: demo.region });
    }
    const listings = await this.seedListings(owners);
    this.logger.log(`seeded ${DEMO_ORGANIZATIONS.length} demo organizations, ${listings.demands} demands, ${listings.outcomes} outcomes`);
    return { seeded: true, users, listings };
  }

  /** Published demo listings; each goes to the search index through the outbox like any write. */
  private async seedListings(owners: Map<string, DemoOwner>): Promise<{ demands: number; outcomes: number }> {
    const now = Date.now();
    const owner = (key: string) => {
      const found = owners.get(key);
      if (!found) throw new Error(`demo listing owner ${key} is not a demo organization`);
      return found;
    };
    for (const { owner: key, deadlineInDays, publishedDaysAgo, ...input } of DEMO_DEMANDS) {
      const o = owner(key);
      const deadline = deadlineInDays === undefined ? null : todayInChina(new Date(now + deadlineInDays * DAY_MS));
      await this.listings.publishDemand(o, { ...input, region: o.region, deadline }, SEED_NOTE, new Date(now - publishedDaysAgo * DAY_MS));
    }
    for (const { owner: key, publishedDaysAgo, ...input } of DEMO_OUTCOMES) {
      await this.listings.publishOutcome(owner(key), input, SEED_NOTE, new Date(now - publishedDaysAgo * DAY_MS));
    }
    return { demands: DEMO_DEMANDS.length, outcomes: DEMO_OUTCOMES.length };
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
