import { Injectable, Logger } from '@nestjs/common';
import { formatFen, type ContractType, type Field } from '@app/common';
import {
  DealCancellationService,
  DealIntakeService,
  DealLifecycleService,
  DealNoticesService,
  DealRecordingService,
  TargetsService,
  todayInChina,
  type Caller,
  type DealInput,
} from '@app/deals';

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

/**
 * Recorded contracts that sold demo outcomes of one field, stage (the outcome's TRL) and kind of
 * contract, enough of each (price guidance gives a range from five on) that the guidance shows
 * ranges on the outcome pages and in the deal form for these common combinations.
 */
const COMPARABLE_SETS: { field: Field; trl: [number, number]; type: ContractType; buyers: string[]; range: [number, number] }[] = [
  { field: 'modern_agriculture', trl: [6, 7], type: 'license', buyers: ['tea', 'farm'], range: [150_000, 600_000] },
  { field: 'modern_agriculture', trl: [8, 9], type: 'service', buyers: ['tea', 'farm'], range: [80_000, 400_000] },
  { field: 'advanced_manufacturing', trl: [6, 7], type: 'license', buyers: ['machinery', 'electronics'], range: [300_000, 1_500_000] },
  { field: 'electronics', trl: [6, 7], type: 'transfer', buyers: ['electronics', 'machinery'], range: [400_000, 2_000_000] },
];
const COMPARABLES_PER_SET = 6;

/** A published demo outcome, as the comparable contracts refer to it. */
export interface DemoOutcome {
  id: string;
  organizationId: string;
  field: string;
  trl: number;
}

const THIS_YEAR_DEALS = 80;
const LAST_YEAR_DEALS = 20;
/** The demo target is set so that this year's turnover stands at about 70 % of it. */
const DEMO_PROGRESS_PERCENT = 70n;

export interface DemoParty {
  orgId: string;
  userId: string;
}

/**
 * A year's worth of demo deals between the demo organizations — registered contracts the bureau
 * posts, recorded through the same services as real ones (so the ledger and aggregates agree) —
 * this year's target, and a few deals in every stage of the registration path: declared,
 * confirmed, disputed, rejected, in public notice (one with an objection), registered and
 * cancelled. Deterministic: the same database gets the same deals. Without a bureau user
 * (BUREAU_ADMIN_* unset) no deal is seeded.
 */
@Injectable()
export class DemoDealsSeeder {
  private readonly logger = new Logger(DemoDealsSeeder.name);

  constructor(
    private readonly intake: DealIntakeService,
    private readonly recording: DealRecordingService,
    private readonly targets: TargetsService,
    private readonly lifecycle: DealLifecycleService,
    private readonly notices: DealNoticesService,
    private readonly cancellation: DealCancellationService,
  ) {}

  async seed(
    parties: Record<string, DemoParty>,
    bureau: DemoParty | undefined,
    outcomes: DemoOutcome[] = [],
    today = todayInChina(),
  ): Promise<{ deals: number; total: string; target: string }> {
    // Without a bureau nobody verifies the demo organizations, and only verified ones take part in deals.
    if (!bureau) {
      this.logger.warn('no bureau user: demo deals and the target are left out');
      return { deals: 0, total: '0.00', target: '0.00' };
    }
    const registrar: Caller = { userId: bureau.userId, organizationId: bureau.orgId, orgType: 'bureau' };
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
      const accepted = await this.intake.accept(registrar, `demo-deal-${i}`, {
        buyerOrgId: buyer.orgId,
        sellerOrgId: parties[flow.seller].orgId,
        contractType: type,
        field: flow.fields[Math.floor(random() * flow.fields.length)],
        amount: formatFen(amountFen),
        technologyAmount: formatFen(technologyFen),
        signedAt,
        registrationNo: `${signedAt.slice(0, 4)}331127${String(100000 + i).padStart(10, '0')}`,
      });
      await this.recording.record(accepted.id);
      if (signedAt.startsWith(String(year))) thisYearFen += amountFen;
    }
    const comparables = await this.seedComparables(parties, registrar, outcomes, today);
    thisYearFen += comparables.thisYearFen;
    const stages = await this.seedStages(parties, registrar, today);
    thisYearFen += stages.recordedFen;
    const step = 100_000_000n; // targets in whole 百万元
    const targetFen = ((thisYearFen * 100n) / DEMO_PROGRESS_PERCENT / step + 1n) * step;
    await this.targets.set(year, { turnover: formatFen(targetFen), deals: 120, demandsPublished: 60 }, null);
    const count = plan.length + comparables.count + stages.count;
    this.logger.log(`seeded ${count} demo deals; ${year} turnover ${formatFen(thisYearFen)} of target ${formatFen(targetFen)}`);
    return { deals: count, total: formatFen(thisYearFen), target: formatFen(targetFen) };
  }

  /**
   * Registered contracts for the outcomes of each comparable set, signed over this year and the
   * last, recorded like the others. A set whose outcomes the demo data lacks is left out.
   */
  private async seedComparables(
    parties: Record<string, DemoParty>,
    registrar: Caller,
    outcomes: DemoOutcome[],
    today: string,
  ): Promise<{ count: number; thisYearFen: bigint }> {
    const random = mulberry32(20260315);
    const year = Number(today.slice(0, 4));
    let count = 0;
    let thisYearFen = 0n;
    for (const set of COMPARABLE_SETS) {
      const sold = outcomes.filter((o) => o.field === set.field && o.trl >= set.trl[0] && o.trl <= set.trl[1]);
      if (sold.length === 0) continue;
      const [lo, hi] = set.range;
      for (const [k, signedAt] of dates(random, year - 1, today, COMPARABLES_PER_SET).entries()) {
        const outcome = sold[k % sold.length];
        const amountFen = BigInt(lo + Math.floor(random() * (hi - lo))) * 100n;
        const i = count++;
        const accepted = await this.intake.accept(registrar, `demo-comparable-${i}`, {
          buyerOrgId: parties[set.buyers[k % set.buyers.length]].orgId,
          sellerOrgId: outcome.organizationId,
          outcomeId: outcome.id,
          contractType: set.type,
          field: set.field,
          amount: formatFen(amountFen),
          technologyAmount: formatFen((amountFen * BigInt(80 + Math.floor(random() * 21))) / 100n),
          signedAt,
          registrationNo: `${signedAt.slice(0, 4)}331127${String(500000 + i).padStart(10, '0')}`,
        });
        await this.recording.record(accepted.id);
        if (signedAt.startsWith(String(year))) thisYearFen += amountFen;
      }
    }
    return { count, thisYearFen };
  }

  /** One deal in each stage of the registration path, declared by verified demo organizations this year. */
  private async seedStages(
    parties: Record<string, DemoParty>,
    registrar: Caller | undefined,
    today: string,
  ): Promise<{ count: number; recordedFen: bigint }> {
    const member = (key: string, orgType: 'enterprise' | 'institution'): Caller => ({
      userId: parties[key].userId,
      organizationId: parties[key].orgId,
      orgType,
    });
    const [tea, machinery, university, agri] = [
      member('tea', 'enterprise'),
      member('machinery', 'enterprise'),
      member('university', 'institution'),
      member('agri', 'institution'),
    ];
    const midJanuary = `${today.slice(0, 4)}-01-15`;
    const signedAt = today < midJanuary ? today : midJanuary;
    let n = 0;
    const declare = async (by: Caller, input: Omit<DealInput, 'signedAt'>) =>
      (await this.intake.accept(by, `demo-stage-${n++}`, { signedAt, ...input })).id;
    const teaFromUniversity = (extra: Partial<DealInput>) =>
      declare(tea, {
        buyerOrgId: tea.organizationId,
        sellerOrgId: university.organizationId,
        contractType: 'development',
        contractSubtype: '委托开发',
        field: 'modern_agriculture',
        paymentMode: '分期支付',
        amount: '260000.00',
        ...extra,
      } as DealInput);
    // Declared: the university has still to confirm.
    await teaFromUniversity({ title: '茶园病虫害图像识别系统开发合同', amount: '180000.00' });
    // Disputed: 农科院 does not agree with the amount 青岚 declared.
    const disputed = await declare(tea, {
      buyerOrgId: tea.organizationId,
      sellerOrgId: agri.organizationId,
      contractType: 'service',
      field: 'modern_agriculture',
      title: '高山茶园土壤改良技术服务合同',
      amount: '95000.00',
    });
    await this.lifecycle.dispute(agri, disputed, '合同金额应为八万五千元，另含专家差旅费，请核对后重新申报。');
    // In public notice: the university agreed the price of a transfer (协议定价).
    const notice = await declare(university, {
      buyerOrgId: machinery.organizationId,
      sellerOrgId: university.organizationId,
      contractType: 'transfer',
      contractSubtype: '专利权',
      field: 'advanced_manufacturing',
      pricing: 'agreement',
      title: '数控机床热误差补偿方法专利权转让合同',
      amount: '1200000.00',
      paymentMode: '一次总付',
    });
    await this.lifecycle.confirm(machinery, notice);
    // In public notice with an objection: 农科院's agreed licence, objected to by another enterprise.
    const objected = await declare(tea, {
      buyerOrgId: tea.organizationId,
      sellerOrgId: agri.organizationId,
      contractType: 'license',
      contractSubtype: '植物新品种权',
      field: 'modern_agriculture',
      pricing: 'agreement',
      title: '“青岚早”茶树新品种许可合同',
      amount: '420000.00',
    });
    await this.lifecycle.confirm(agri, objected);
    const objectedNotice = await this.notices.list('running', 1, 100);
    const row = objectedNotice[0].find((r) => r.dealId === objected);
    if (row) await this.notices.object(machinery, row.id, '该品种我司已于去年获得非独占许可，许可范围是否重叠请核实。');
    // Confirmed, awaiting registration (an enterprise seller at a listed price: no notice).
    const confirmed = await declare(tea, {
      buyerOrgId: tea.organizationId,
      sellerOrgId: machinery.organizationId,
      contractType: 'service',
      field: 'advanced_manufacturing',
      title: '揉捻机自动化改造技术服务合同',
      amount: '150000.00',
    });
    await this.lifecycle.confirm(machinery, confirmed);
    if (!registrar) return { count: n, recordedFen: 0n };
    // Rejected by the bureau.
    const rejected = await teaFromUniversity({
      title: '茶叶销售平台推广合同',
      contractType: 'service',
      contractSubtype: null,
      amount: '60000.00',
    });
    await this.lifecycle.confirm(university, rejected);
    await this.lifecycle.reject(registrar, rejected, '合同内容为产品推广，不属于技术服务，不予登记。');
    // Registered through the path and recorded.
    const registered = await teaFromUniversity({ title: '茶叶连续化杀青工艺开发合同' });
    await this.lifecycle.confirm(university, registered);
    await this.lifecycle.register(registrar, registered, `${today.slice(0, 4)}331127${String(900001).padStart(10, '0')}`);
    await this.recording.record(registered);
    // Recorded, then cancelled by the bureau (the contract was rescinded).
    const cancelled = await teaFromUniversity({ title: '茶园物联网监测系统开发合同', amount: '75000.00' });
    await this.lifecycle.confirm(university, cancelled);
    await this.lifecycle.register(registrar, cancelled, `${today.slice(0, 4)}331127${String(900002).padStart(10, '0')}`);
    await this.recording.record(cancelled);
    await this.cancellation.cancel(registrar, cancelled, '双方解除合同');
    return { count: n, recordedFen: 26_000_000n };
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
