import type { TurnoverStats } from '../../api/models.js';
import { contractTypeOption, contractTypeRows, cumulativeOption, fieldOption, fieldRows, type ChartTexts } from './dashboard-charts.js';

const texts: ChartTexts = {
  monthName: (m) => `${m}月`,
  monthly: '当月',
  cumulative: '累计',
  target: '目标',
  wan: '万元',
  fieldLabel: (f) => ({ electronics: '电子信息', modern_agriculture: '现代农业' })[f as string] ?? f,
  contractTypeLabel: (c) => ({ development: '技术开发', transfer: '技术转让' })[c as string] ?? c,
};

function stats(overrides: Partial<TurnoverStats> = {}): TurnoverStats {
  const amounts = (amount: string) => ({ dealCount: 1, amount, technologyAmount: amount, share: null });
  return {
    year: 2026,
    target: null,
    total: '3000000.00',
    technologyTotal: '3000000.00',
    dealCount: 3,
    progress: null,
    dealsProgress: null,
    paceNeeded: null,
    byMonth: [
      { month: 1, dealCount: 1, amount: '1000000.00', cumulative: '1000000.00', targetPace: null },
      { month: 2, dealCount: 2, amount: '2000000.00', cumulative: '3000000.00', targetPace: null },
    ],
    byField: [
      { ...amounts('980000.50'), field: 'electronics', label: '电子信息' },
      { ...amounts('2019999.50'), field: 'modern_agriculture', label: '现代农业' },
    ],
    byContractType: [
      { ...amounts('1000000.00'), contractType: 'transfer', label: '技术转让' },
      { ...amounts('2000000.00'), contractType: 'development', label: '技术开发' },
    ],
    byRegion: [],
    byRegionTree: [],
    topSellers: [],
    largestContracts: { definition: '', count: 0, amount: '0.00', share: null },
    ...overrides,
  } as TurnoverStats;
}

type Series = { name: string; type: string; data: { value: number; exact: string | null }[] };

describe('dashboard charts', () => {
  describe('cumulativeOption', () => {
    it('draws monthly bars and the cumulative line with the exact amounts beside the 万元 numbers', () => {
      const option = cumulativeOption(stats(), texts);
      const series = option.series as Series[];
      expect(series.map((s) => [s.name, s.type])).toEqual([
        ['当月', 'bar'],
        ['累计', 'line'],
      ]);
      expect(series[1].data).toEqual([
        { value: 100, exact: '1000000.00' },
        { value: 300, exact: '3000000.00' },
      ]);
      expect(option.xAxis.data).toEqual(['1月', '2月']);
      expect(option.animation).toBe(false);
    });

    it('adds the target line only when the year has a target', () => {
      const withTarget = stats({
        byMonth: [{ month: 1, dealCount: 1, amount: '1.00', cumulative: '1.00', targetPace: '8166666.67' }],
      });
      const series = cumulativeOption(withTarget, texts).series as Series[];
      expect(series.map((s) => s.name)).toEqual(['当月', '累计', '目标']);
      expect(series[2].data[0].exact).toBe('8166666.67');
    });

    it('adds the seasonal pace beside the straight line when earlier years had turnover', () => {
      const seasonal = stats({
        byMonth: [{ month: 1, dealCount: 1, amount: '1.00', cumulative: '1.00', targetPace: '8166666.67', seasonalPace: '980000.00' }],
      });
      const series = cumulativeOption(seasonal, { ...texts, seasonal: '季节进度' }).series as Series[];
      expect(series.map((s) => s.name)).toEqual(['当月', '累计', '目标', '季节进度']);
      expect(series[3].data[0]).toEqual({ value: 98, exact: '980000.00' });
    });

    it('shows exact 万元 in the tooltip, not the rounded geometry', () => {
      const option = cumulativeOption(stats(), texts);
      const text = option.tooltip.formatter([{ axisValue: '2月', marker: '', seriesName: '累计', data: { exact: '3000000.00' } }]);
      expect(text).toBe('2月<br/>累计：300.00 万元');
    });
  });

  describe('fieldRows and fieldOption', () => {
    it('orders fields by exact amount, largest first in the table and at the top of the bars', () => {
      expect(fieldRows(stats(), texts).map((r) => [r.label, r.amount])).toEqual([
        ['现代农业', '2019999.50'],
        ['电子信息', '980000.50'],
      ]);
      // ECharts draws a category axis from the bottom up: the largest comes last.
      expect(fieldOption(stats(), texts).yAxis.data).toEqual(['电子信息', '现代农业']);
    });
  });

  describe('contractTypeRows and contractTypeOption', () => {
    it('labels each slice and keeps its exact amount', () => {
      expect(contractTypeRows(stats(), texts).map((r) => r.label)).toEqual(['技术开发', '技术转让']);
      const data = (contractTypeOption(stats(), texts).series[0] as { data: { name: string; exact: string }[] }).data;
      expect(data).toEqual([
        { name: '技术开发', value: 200, exact: '2000000.00' },
        { name: '技术转让', value: 100, exact: '1000000.00' },
      ]);
    });
  });
});
