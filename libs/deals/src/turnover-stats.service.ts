import { Injectable } from '@nestjs/common';
import { regionName, rollUpRegions, type RegionLevel, type RegionRollup } from '@app/regions';
import { CONTRACT_TYPE_LABELS, FIELD_LABELS, formatFen, type ContractType, type Field } from '@app/common';
import { AppConfig } from '@app/config';
import { TURNOVER_BASIS_LABELS, type TurnoverBasis } from './annual-target.entity.js';
import { todayInChina } from './deal-rules.js';
import { checkYear, TargetsService } from './targets.service.js';
import { TurnoverStatsRepository, type AmountRow, type BasisFilter } from './turnover-stats.repository.js';

/** The share of the largest contracts is that of the year's ten largest recorded contracts. */
export const LARGEST_CONTRACTS_COUNT = 10;
export const TOP_SELLERS_COUNT = 10;
/** The seasonal pace follows the monthly shares of up to this many earlier years. */
export const SEASONAL_YEARS = 3;

export interface Amounts {
  dealCount: number;
  amount: string;
  technologyAmount: string;
  /** Percent of the year's turnover, rounded to two decimals. */
  share: number | null;
}

export interface FlowAmounts {
  dealCount: number;
  amount: string;
  technologyAmount: string;
}

export interface TurnoverStats {
  year: number;
  /** The basis every figure below follows: the year's target's, inflow without a target. */
  basis: TurnoverBasis;
  basisLabel: string;
  /** The market's region (MARKET_REGION) the flows are counted against. */
  marketRegion: string;
  /** Both flows side by side, and their overlap (buyer and seller both in the region); never add them. */
  flows: { inflow: FlowAmounts; outflow: FlowAmounts; withinRegion: FlowAmounts };
  target: { turnover: string; deals: number; demandsPublished: number; basis: TurnoverBasis } | null;
  total: string;
  technologyTotal: string;
  dealCount: number;
  /** Percent of the turnover target reached (two decimals); null without a target. */
  progress: number | null;
  dealsProgress: number | null;
  paceNeeded: { remaining: string; remainingDays: number; remainingMonths: number; perDay: string | null; perMonth: string | null } | null;
  byMonth: {
    month: number;
    dealCount: number;
    amount: string;
    cumulative: string;
    /** The straight line: target × month / 12. */
    targetPace: string | null;
    /** The target spread as earlier years' turnover was (contracts cluster late in the year); null without an earlier year. */
    seasonalPace: string | null;
  }[];
  /** The earlier years the seasonal pace is drawn from; empty when none had turnover. */
  seasonalPaceYears: number[];
  byField: (Amounts & { field: Field; label: string })[];
  byContractType: (Amounts & { contractType: ContractType; label: string })[];
  /** The other side's region: where inflow came from, where outflow went. */
  byRegion: (Amounts & { region: string; regionName: string })[];
  /** The same figures rolled up 省 → 市 → 县, each node with its full name. */
  byRegionTree: RegionStatsNode[];
  topSellers: (Amounts & { orgId: string; name: string })[];
  largestContracts: { definition: string; count: number; amount: string; share: number | null };
}

/** The bureau's turnover dashboard, read from the aggregates. Any year answers. */
@Injectable()
export class TurnoverStatsService {
  constructor(
    private readonly stats: TurnoverStatsRepository,
    private readonly targets: TargetsService,
    private readonly config: AppConfig,
  ) {}

  /** The basis of a year: its target's, or inflow (Zhejiang's headline figure) without one. */
  async basisOf(year: number): Promise<BasisFilter> {
    const target = await this.targets.find(year);
    return { basis: target?.basis ?? 'inflow', prefix: this.config.market.regionPrefix };
  }

  async turnover(year: number, today = todayInChina()): Promise<TurnoverStats> {
    checkYear(year);
    const target = await this.targets.find(year);
    const filter: BasisFilter = { basis: target?.basis ?? 'inflow', prefix: this.config.market.regionPrefix };
    const [breakdowns, largest, flows, earlier] = await Promise.all([
      this.stats.yearBreakdowns(year, TOP_SELLERS_COUNT, filter),
      this.stats.largestAmounts(year, LARGEST_CONTRACTS_COUNT, filter),
      this.stats.flowTotals(year, filter.prefix),
      this.stats.earlierMonths(year, SEASONAL_YEARS, filter),
    ]);
    const { totals, byMonth: months, byField: fields, byContractType: types, byRegion: regions, topSellers: sellers } = breakdowns;
    const totalFen = BigInt(totals.amountFen);
    const targetFen = target ? BigInt(target.turnoverFen) : null;
    const amounts = (row: AmountRow): Amounts => ({
      dealCount: row.dealCount,
      amount: formatFen(row.amountFen),
      technologyAmount: formatFen(row.technologyAmountFen),
      share: percent(BigInt(row.amountFen), totalFen),
    });
    const flow = (row: AmountRow): FlowAmounts => ({
      dealCount: row.dealCount,
      amount: formatFen(row.amountFen),
      technologyAmount: formatFen(row.technologyAmountFen),
    });
    return {
      year,
      basis: filter.basis,
      basisLabel: TURNOVER_BASIS_LABELS[filter.basis],
      marketRegion: this.config.market.region,
      flows: { inflow: flow(flows.inflow), outflow: flow(flows.outflow), withinRegion: flow(flows.withinRegion) },
      target: target
        ? { turnover: formatFen(target.turnoverFen), deals: target.deals, demandsPublished: target.demandsPublished, basis: target.basis }
        : null,
      total: formatFen(totalFen),
      technologyTotal: formatFen(totals.technologyAmountFen),
      dealCount: totals.dealCount,
      progress: targetFen === null ? null : percent(totalFen, targetFen),
      dealsProgress: target ? percent(BigInt(totals.dealCount), BigInt(target.deals)) : null,
      paceNeeded: targetFen === null ? null : paceNeeded(year, targetFen - totalFen, today),
      byMonth: monthly(months, targetFen, earlier.byMonth),
      seasonalPaceYears: earlier.years,
      byField: fields.map((r) => ({ field: r.key as Field, label: FIELD_LABELS[r.key as Field] ?? r.key, ...amounts(r) })),
      byContractType: types.map((r) => ({
        contractType: r.key as ContractType,
        label: CONTRACT_TYPE_LABELS[r.key as ContractType] ?? r.key,
        ...amounts(r),
      })),
      byRegion: regions.map((r) => ({ region: r.key, regionName: regionName(r.key), ...amounts(r) })),
      byRegionTree: regionTree(regions, amounts),
      topSellers: sellers.map((r) => ({ orgId: r.orgId, name: r.name ?? '', ...amounts(r) })),
      largestContracts: {
        definition: `年度最大的${LARGEST_CONTRACTS_COUNT}项技术合同成交额占全年交易额的比例`,
        count: largest.n,
        amount: formatFen(largest.sumFen),
        share: percent(BigInt(largest.sumFen), totalFen),
      },
    };
  }
}

export interface RegionStatsNode extends Amounts {
  region: string;
  regionName: string;
  level: RegionLevel;
  children: RegionStatsNode[];
}

function regionTree(rows: (AmountRow & { key: string })[], amounts: (row: AmountRow) => Amounts): RegionStatsNode[] {
  const zero = (): AmountRow => ({ dealCount: 0, amountFen: '0', technologyAmountFen: '0' });
  const add = (a: AmountRow, b: AmountRow): AmountRow => ({
    dealCount: a.dealCount + b.dealCount,
    amountFen: String(BigInt(a.amountFen) + BigInt(b.amountFen)),
    technologyAmountFen: String(BigInt(a.technologyAmountFen) + BigInt(b.technologyAmountFen)),
  });
  const toNode = (n: RegionRollup<AmountRow>): RegionStatsNode => ({
    region: n.region,
    regionName: n.regionName,
    level: n.level,
    ...amounts(n.value),
    children: n.children.map(toNode),
  });
  return rollUpRegions(
    rows.map((r) => ({ region: r.key, value: r })),
    zero,
    add,
  ).map(toNode);
}

/** part / whole in percent, rounded half up to two decimals from exact integers; null when whole is 0. */
export function percent(part: bigint, whole: bigint): number | null {
  if (whole <= 0n) return null;
  const basisPoints = (part * 20000n + whole) / (2n * whole);
  return Number(basisPoints) / 100;
}

function monthly(
  rows: { month: number; dealCount: number; amountFen: string }[],
  targetFen: bigint | null,
  earlier: Map<number, bigint>,
): TurnoverStats['byMonth'] {
  let cumulative = 0n;
  const seasonal = seasonalPace(targetFen, earlier);
  return Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const row = rows.find((r) => r.month === month);
    const amount = BigInt(row?.amountFen ?? 0);
    cumulative += amount;
    return {
      month,
      dealCount: row?.dealCount ?? 0,
      amount: formatFen(amount),
      cumulative: formatFen(cumulative),
      targetPace: targetFen === null ? null : formatFen((targetFen * BigInt(month)) / 12n),
      seasonalPace: seasonal?.[i] ?? null,
    };
  });
}

/**
 * The target reached month by month in the earlier years' proportions: target × (their turnover
 * through the month / their whole turnover), exact in fen (floored); December is the target.
 * Null without a target or without earlier turnover.
 */
export function seasonalPace(targetFen: bigint | null, earlier: Map<number, bigint>): string[] | null {
  const whole = [...earlier.values()].reduce((a, b) => a + b, 0n);
  if (targetFen === null || whole <= 0n) return null;
  let through = 0n;
  return Array.from({ length: 12 }, (_, i) => {
    through += earlier.get(i + 1) ?? 0n;
    return formatFen((targetFen * through) / whole);
  });
}

/** What is still needed per remaining day and month (ceilings, in fen); the current day and month count as remaining. */
export function paceNeeded(year: number, remainingFen: bigint, today: string): NonNullable<TurnoverStats['paceNeeded']> {
  const remaining = remainingFen > 0n ? remainingFen : 0n;
  const currentYear = Number(today.slice(0, 4));
  const yearEnd = Date.UTC(year, 11, 31);
  const from = year === currentYear ? Date.parse(`${today}T00:00:00Z`) : Date.UTC(year, 0, 1);
  const remainingDays = year < currentYear ? 0 : Math.round((yearEnd - from) / 86_400_000) + 1;
  const remainingMonths = year < currentYear ? 0 : year > currentYear ? 12 : 13 - Number(today.slice(5, 7));
  const ceilDiv = (a: bigint, b: number) => (b === 0 ? null : formatFen((a + BigInt(b) - 1n) / BigInt(b)));
  return {
    remaining: formatFen(remaining),
    remainingDays,
    remainingMonths,
    perDay: ceilDiv(remaining, remainingDays),
    perMonth: ceilDiv(remaining, remainingMonths),
  };
}
