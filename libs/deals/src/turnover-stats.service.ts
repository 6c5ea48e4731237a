import { Injectable } from '@nestjs/common';
import { CONTRACT_TYPE_LABELS, FIELD_LABELS, formatFen, type ContractType, type Field } from '@app/common';
import { DealsRepository } from './deals.repository.js';
import { todayInChina } from './deal-rules.js';
import { checkYear, TargetsService } from './targets.service.js';
import { TurnoverStatsRepository, type AmountRow } from './turnover-stats.repository.js';

/** The share of the largest contracts is that of the year's ten largest recorded contracts. */
export const LARGEST_CONTRACTS_COUNT = 10;
export const TOP_SELLERS_COUNT = 10;

export interface Amounts {
  dealCount: number;
  amount: string;
  technologyAmount: string;
  /** Percent of the year's turnover, rounded to two decimals. */
  share: number | null;
}

export interface TurnoverStats {
  year: number;
  target: { turnover: string; deals: number; demandsPublished: number } | null;
  total: string;
  technologyTotal: string;
  dealCount: number;
  /** Percent of the turnover target reached (two decimals); null without a target. */
  progress: number | null;
  dealsProgress: number | null;
  paceNeeded: { remaining: string; remainingDays: number; remainingMonths: number; perDay: string | null; perMonth: string | null } | null;
  byMonth: { month: number; dealCount: number; amount: string; cumulative: string; targetPace: string | null }[];
  byField: (Amounts & { field: Field; label: string })[];
  byContractType: (Amounts & { contractType: ContractType; label: string })[];
  byRegion: (Amounts & { region: string })[];
  topSellers: (Amounts & { orgId: string; name: string })[];
  largestContracts: { definition: string; count: number; amount: string; share: number | null };
}

/** The bureau's turnover dashboard, read from the aggregates. Any year answers. */
@Injectable()
export class TurnoverStatsService {
  constructor(
    private readonly stats: TurnoverStatsRepository,
    private readonly deals: DealsRepository,
    private readonly targets: TargetsService,
  ) {}

  async turnover(year: number, today = todayInChina()): Promise<TurnoverStats> {
    checkYear(year);
    const [breakdowns, largest, target] = await Promise.all([
      this.stats.yearBreakdowns(year, TOP_SELLERS_COUNT),
      this.deals.largestAmounts(year, LARGEST_CONTRACTS_COUNT),
      this.targets.find(year),
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
    return {
      year,
      target: target ? { turnover: formatFen(target.turnoverFen), deals: target.deals, demandsPublished: target.demandsPublished } : null,
      total: formatFen(totalFen),
      technologyTotal: formatFen(totals.technologyAmountFen),
      dealCount: totals.dealCount,
      progress: targetFen === null ? null : percent(totalFen, targetFen),
      dealsProgress: target ? percent(BigInt(totals.dealCount), BigInt(target.deals)) : null,
      paceNeeded: targetFen === null ? null : paceNeeded(year, targetFen - totalFen, today),
      byMonth: monthly(months, targetFen),
      byField: fields.map((r) => ({ field: r.key as Field, label: FIELD_LABELS[r.key as Field] ?? r.key, ...amounts(r) })),
      byContractType: types.map((r) => ({
        contractType: r.key as ContractType,
        label: CONTRACT_TYPE_LABELS[r.key as ContractType] ?? r.key,
        ...amounts(r),
      })),
      byRegion: regions.map((r) => ({ region: r.key, ...amounts(r) })),
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

/** part / whole in percent, rounded half up to two decimals from exact integers; null when whole is 0. */
export function percent(part: bigint, whole: bigint): number | null {
  if (whole <= 0n) return null;
  const basisPoints = (part * 20000n + whole) / (2n * whole);
  return Number(basisPoints) / 100;
}

function monthly(rows: { month: number; dealCount: number; amountFen: string }[], targetFen: bigint | null): TurnoverStats['byMonth'] {
  let cumulative = 0n;
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
    };
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
