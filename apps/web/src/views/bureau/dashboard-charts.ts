/**
 * The dashboard's ECharts options and the rows of the tables that stand beside each chart, built
 * from the api's turnover stats. Pure: texts and labels come in, so the options can be tested
 * without a browser. Amounts stay the api's exact strings (tooltips, labels and tables show
 * them); only the bar and line geometry uses 万元 numbers. No chart animates: on a slow phone
 * every animation frame is a task that blocks the page, and the figures need no motion.
 */
import type { ContractType, Field } from '@app/rules';
import type { TurnoverStats } from '../../api/models';
import { formatWan, toFen, wanForChart } from '../../utils/money';

export interface ChartTexts {
  monthName: (month: number) => string;
  monthly: string;
  cumulative: string;
  target: string;
  /** The target at earlier years' monthly shares. */
  seasonal?: string;
  wan: string;
  fieldLabel: (field: Field) => string;
  contractTypeLabel: (type: ContractType) => string;
}

/** A data point that carries its exact amount beside the number ECharts draws. */
interface Exact {
  data?: { exact?: string | null };
}

const exactWan = (p: Exact | undefined) => formatWan(p?.data?.exact ?? null) ?? '';

export const CHART_COLORS = {
  monthly: '#93c5fd',
  cumulative: '#1a5fb4',
  target: '#b91c1c',
  seasonal: '#a16207',
  field: '#0f766e',
} as const;

/** Monthly turnover as bars, the cumulative line, and the target's pace when a target is set. */
export function cumulativeOption(stats: TurnoverStats, text: ChartTexts) {
  const series: object[] = [
    {
      name: text.monthly,
      type: 'bar',
      data: stats.byMonth.map((m) => ({ value: wanForChart(m.amount), exact: m.amount })),
      itemStyle: { color: CHART_COLORS.monthly },
    },
    {
      name: text.cumulative,
      type: 'line',
      smooth: false,
      data: stats.byMonth.map((m) => ({ value: wanForChart(m.cumulative), exact: m.cumulative })),
      itemStyle: { color: CHART_COLORS.cumulative },
      areaStyle: { opacity: 0.08 },
    },
  ];
  if (stats.byMonth.some((m) => m.targetPace !== null)) {
    series.push({
      name: text.target,
      type: 'line',
      data: stats.byMonth.map((m) => ({ value: wanForChart(m.targetPace), exact: m.targetPace })),
      lineStyle: { type: 'dashed', color: CHART_COLORS.target },
      itemStyle: { color: CHART_COLORS.target },
      symbol: 'none',
    });
  }
  if (stats.byMonth.some((m) => typeof m.seasonalPace === 'string')) {
    series.push({
      name: text.seasonal ?? text.target,
      type: 'line',
      data: stats.byMonth.map((m) => ({ value: wanForChart(m.seasonalPace), exact: m.seasonalPace })),
      lineStyle: { type: 'dotted', color: CHART_COLORS.seasonal },
      itemStyle: { color: CHART_COLORS.seasonal },
      symbol: 'none',
    });
  }
  return {
    animation: false,
    tooltip: {
      trigger: 'axis',
      formatter: (items: (Exact & { marker: string; seriesName: string; axisValue: string })[]) =>
        [items[0]?.axisValue, ...items.map((i) => `${i.marker}${i.seriesName}：${exactWan(i)} ${text.wan}`)].join('<br/>'),
    },
    legend: { top: 0 },
    grid: { left: 8, right: 16, bottom: 8, top: 36, containLabel: true },
    xAxis: { type: 'category', data: stats.byMonth.map((m) => text.monthName(m.month)) },
    yAxis: { type: 'value', name: text.wan },
    series,
  };
}

/** Turnover by field, largest first: the rows of the table beside the chart. */
export function fieldRows(stats: TurnoverStats, text: Pick<ChartTexts, 'fieldLabel'>) {
  return [...stats.byField]
    .sort((a, b) => compareYuan(b.amount, a.amount))
    .map((r) => ({ key: r.field, label: text.fieldLabel(r.field), amount: r.amount, dealCount: r.dealCount }));
}

/** Horizontal bars by field; the largest at the top (ECharts draws the category axis bottom-up). */
export function fieldOption(stats: TurnoverStats, text: ChartTexts) {
  const rows = fieldRows(stats, text).reverse();
  return {
    animation: false,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: (Exact & { name: string })[]) => `${items[0]?.name}：${exactWan(items[0])} ${text.wan}`,
    },
    grid: { left: 8, right: 24, bottom: 8, top: 8, containLabel: true },
    xAxis: { type: 'value', name: text.wan },
    yAxis: { type: 'category', data: rows.map((r) => r.label) },
    series: [
      {
        type: 'bar',
        data: rows.map((r) => ({ value: wanForChart(r.amount), exact: r.amount })),
        itemStyle: { color: CHART_COLORS.field },
        label: { show: true, position: 'right', formatter: exactWan },
      },
    ],
  };
}

/** Turnover by contract type, largest first. */
export function contractTypeRows(stats: TurnoverStats, text: Pick<ChartTexts, 'contractTypeLabel'>) {
  return [...stats.byContractType]
    .sort((a, b) => compareYuan(b.amount, a.amount))
    .map((r) => ({ key: r.contractType, label: text.contractTypeLabel(r.contractType), amount: r.amount, dealCount: r.dealCount }));
}

export function contractTypeOption(stats: TurnoverStats, text: ChartTexts) {
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (p: Exact & { name: string; percent: number }) => `${p.name}：${exactWan(p)} ${text.wan}（${p.percent}%）`,
    },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '68%'],
        center: ['50%', '45%'],
        data: contractTypeRows(stats, text).map((r) => ({ name: r.label, value: wanForChart(r.amount), exact: r.amount })),
      },
    ],
  };
}

/** Orders two exact yuan strings without floating point ("1250000.00" against "980000.5"). */
function compareYuan(a: string, b: string): number {
  const d = (toFen(a) ?? 0n) - (toFen(b) ?? 0n);
  return d === 0n ? 0 : d > 0n ? 1 : -1;
}
