import { Injectable, Logger } from '@nestjs/common';
import { formatFen, type ContractType, type Field } from '@app/common';
import { DealIntakeService, DealRecordingService, TargetsService, todayInChina, type Caller } from '@app/deals';

/** Who sells what to whom in the demo market (keys of DEMO_ORGANIZATIONS). */
const DEMO_FLOWS: { seller: string; buyer: string; fields: Field[]; types: ContractType[] }[] = [
  {
    seller: 'university',
    buyer: 'machinery',
    fields: ['advanced_manufacturing', 'electronics'],
    types: ['development', 'transfer', 'license'],
  },
  { seller: 'university', buyer: 'eco', fields: ['resources_environment', 'new_materials'], types: ['development', 'consulting'] },
  { seller: 'university', buyer: 'tea', fields: ['electronics', 'high_tech_services'], types: ['development', 'service'] },
  { seller: 'agri', buyer: 'tea', fields: ['modern_agriculture', 'biomedicine'], types: ['transfer', 'development', 'service'] },
  { seller: 'agri', buyer: 'eco', fields: ['resources_environment', 'modern_agriculture'], types: ['consulting', 'service'] },
  { seller: 'machinery', buyer: 'tea', fields: ['advanced_manufacturing', 'new_energy'], types: ['service', 'development'] },
];

/** Contract amounts in yuan by type: technology development contracts are the large ones. */
const AMOUNT_RANGE: Record<ContractType, [number, number]> = {
  development: [300_000, 3_000_000],
  transfer: [200_000, 2_000_000],
  license: [100_000, 1_200_000],
  consulting: [20_000, 300_000],
  service: [50_000, 800_000],
};

const THIS_YEAR_DEALS = 80;
const LAST_YEAR_DEALS = 20;
/** The demo target is set so that this year's turnover stands at about 70 % of it. */
const DEMO_PROGRESS_PERCENT = 70n;

export interface DemoParty {
  orgId: string;
  userId: string;
}

/**
 * A year's worth of demo deals between the demo organizations, accepted and recorded through
 * the same services as real ones (so the ledger and aggregates agree), and this year's target.
 * Deterministic: the same database gets the same deals.
 */
@Injectable()
export class DemoDealsSeeder {
  private readonly logger = new Logger(DemoDealsSeeder.name);

  constructor(
    private readonly intake: DealIntakeService,
    private readonly recording: DealRecordingService,
    private readonly targets: TargetsService,
  ) {}

  async seed(parties: Record<string, DemoParty>, today = todayInChina()): Promise<{ deals: number; total: string; target: string }> {
    const random = mulberry32(20260101);
    const year = Number(today.slice(0, 4));
    let thisYearFen = 0n;
    const plan = [...dates(random, year, today, THIS_YEAR_DEALS), ...dates(random, year - 1, `${year - 1}-12-31`, LAST_YEAR_DEALS)];
    for (const [i, signedAt] of plan.entries()) {
      const flow = DEMO_FLOWS[Math.floor(random() * DEMO_FLOWS.length)];
      const type = flow.types[Math.floor(random() * flow.types.length)];
      const [lo, hi] = AMOUNT_RANGE[type];
      const amountFen = BigInt(lo + Math.floor(random() * (hi - lo))) * 100n;
      const technologyFen = (amountFen * BigInt(70 + Math.floor(random() * 31))) / 100n;
      const buyer = parties[flow.buyer];
      const caller: Caller = { userId: buyer.userId, organizationId: buyer.orgId, orgType: 'enterprise' };
      const accepted = await this.intake.accept(caller, `demo-deal-${i}`, {
        buyerOrgId: buyer.orgId,
        sellerOrgId: parties[flow.seller].orgId,
        contractType: type,
        field: flow.fields[Math.floor(random() * flow.fields.length)],
        amount: formatFen(amountFen),
        technologyAmount: formatFen(technologyFen),
        signedAt,
        registrationNo: i % 3 === 2 ? null : `${signedAt.slice(0, 4)}331127${String(100000 + i).padStart(10, '0')}`,
      });
      await this.recording.record(accepted.id);
      if (signedAt.startsWith(String(year))) thisYearFen += amountFen;
    }
    const step = 100_000_000n; // targets in whole 百万元
    const targetFen = ((thisYearFen * 100n) / DEMO_PROGRESS_PERCENT / step + 1n) * step;
    await this.targets.set(year, { turnover: formatFen(targetFen), deals: 120, demandsPublished: 60 }, null);
    this.logger.log(`seeded ${plan.length} demo deals; ${year} turnover ${formatFen(thisYearFen)} of target ${formatFen(targetFen)}`);
    return { deals: plan.length, total: formatFen(thisYearFen), target: formatFen(targetFen) };
  }
}

/** `count` signing dates spread from 1 January of `year` to `last`, sorted. */
function dates(random: () => number, year: number, last: string, count: number): string[] {
  const start = Date.UTC(year, 0, 1);
  const days = Math.max(1, Math.round((Date.parse(`${last}T00:00:00Z`) - start) / 86_400_000) + 1);
  return Array.from({ length: count }, () => new Date(start + Math.floor(random() * days) * 86_400_000).toISOString().slice(0, 10)).sort();
}

/** A small seeded PRNG: demo data must be the same on every first start. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
