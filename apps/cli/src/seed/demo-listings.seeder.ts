import { Injectable, Logger } from '@nestjs/common';
import { todayInChina } from '@app/common';
import { ListingImportService } from '@app/listings';
import { DEMO_ORGANIZATIONS } from './demo-data.js';
import { DEMO_DEMANDS } from './demo-demands.js';
import { DEMO_OUTCOMES } from './demo-outcomes.js';

export interface DemoParty {
  orgId: string;
  userId: string;
}

const DAY_MS = 86400 * 1000;
const SEED_NOTE = '演示数据：初始化时直接发布';

/**
 * The demo demands and outcomes, published on the first start and indexed through the
 * outbox like any write, so that a newcomer's first search and match page show something real.
 */
@Injectable()
export class DemoListingsSeeder {
  private readonly logger = new Logger(DemoListingsSeeder.name);

  constructor(private readonly listings: ListingImportService) {}

  async seed(parties: Record<string, DemoParty>, now = Date.now()): Promise<{ demands: number; outcomes: number }> {
    for (const { owner, deadlineInDays, publishedDaysAgo, ...input } of DEMO_DEMANDS) {
      const deadline = deadlineInDays === undefined ? null : todayInChina(new Date(now + deadlineInDays * DAY_MS));
      const region = DEMO_ORGANIZATIONS.find((o) => o.key === owner)!.region;
      await this.listings.publish(
        'demand',
        this.party(parties, owner),
        { ...input, region, deadline },
        SEED_NOTE,
        daysAgo(now, publishedDaysAgo),
      );
    }
    for (const { owner, publishedDaysAgo, ...input } of DEMO_OUTCOMES) {
      await this.listings.publish('outcome', this.party(parties, owner), input, SEED_NOTE, daysAgo(now, publishedDaysAgo));
    }
    this.logger.log(`seeded ${DEMO_DEMANDS.length} demo demands and ${DEMO_OUTCOMES.length} demo outcomes`);
    return { demands: DEMO_DEMANDS.length, outcomes: DEMO_OUTCOMES.length };
  }

  private party(parties: Record<string, DemoParty>, key: string): { organizationId: string; userId: string } {
    const party = parties[key];
    if (!party) throw new Error(`demo listing owner ${key} is not a demo organization`);
    return { organizationId: party.orgId, userId: party.userId };
  }
}

const daysAgo = (now: number, days: number) => new Date(now - days * DAY_MS);
