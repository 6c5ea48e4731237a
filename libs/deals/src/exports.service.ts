import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { assertNever, CONTRACT_TYPE_LABELS, FIELD_LABELS, formatFen } from '@app/common';
import { regionName } from '@app/regions';
import { DEAL_STATUS_LABELS } from './deal.entity.js';
import { DealQueriesService } from './deal-queries.service.js';
import { DealsRepository } from './deals.repository.js';
import { checkYear } from './targets.service.js';
import { TurnoverStatsService, type RegionStatsNode, type TurnoverStats } from './turnover-stats.service.js';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

type Sheet = { name: string; header: string[]; rows: (string | number)[][] };

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The year's deals and the turnover stats as CSV (UTF-8 with a BOM so that Excel reads the
 * Chinese) or XLSX. Money columns hold the exact decimal strings.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly dealsRepo: DealsRepository,
    private readonly queries: DealQueriesService,
    private readonly stats: TurnoverStatsService,
  ) {}

  async deals(year: number, format: ExportFormat): Promise<ExportFile> {
    const views = await this.queries.withNames(await this.dealsRepo.listForYear(checkYear(year)));
    const sheet: Sheet = {
      name: `${year}年技术合同`,
      header: [
        '合同编号',
        '登记号',
        '签订日期',
        '买方',
        '卖方',
        '合同类型',
        '技术领域',
        '成交额(元)',
        '技术交易额(元)',
        '地区代码',
        '地区',
        '状态',
        '重大合同',
      ],
      rows: views.map(({ deal, buyerName, sellerName, large }) => [
        deal.id,
        deal.registrationNo ?? '',
        deal.signedAt,
        buyerName,
        sellerName,
        CONTRACT_TYPE_LABELS[deal.contractType],
        FIELD_LABELS[deal.field],
        formatFen(deal.amountFen),
        formatFen(deal.technologyAmountFen),
        deal.region,
        regionName(deal.region),
        DEAL_STATUS_LABELS[deal.status],
        large ? '是（需专家评审）' : '',
      ]),
    };
    return render(`deals-${year}`, format, [sheet]);
  }

  async turnover(year: number, format: ExportFormat): Promise<ExportFile> {
    const stats = await this.stats.turnover(year);
    const sheets = statsSheets(stats);
    if (format === 'xlsx') return render(`turnover-${year}`, format, sheets);
    // One CSV table: each sheet's rows under a first column naming the section.
    const header = ['统计项', '项目', '合同数', '成交额(元)', '累计/技术交易额(元)', '占比(%)/目标进度线(元)'];
    const rows = sheets.flatMap((s) => s.rows.map((r) => [s.name, ...r]));
    return render(`turnover-${year}`, format, [{ name: '技术市场交易统计', header, rows }]);
  }
}

const flatten = (nodes: RegionStatsNode[]): RegionStatsNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

function statsSheets(s: TurnoverStats): Sheet[] {
  const share = (v: number | null) => (v === null ? '' : v.toFixed(2));
  const header = ['项目', '合同数', '成交额(元)', '技术交易额(元)', '占比(%)'];
  return [
    {
      name: '总览',
      header,
      rows: [
        [`${s.year}年合计`, s.dealCount, s.total, s.technologyTotal, '100.00'],
        ['年度交易额目标', s.target?.deals ?? '', s.target?.turnover ?? '', '', share(s.progress)],
        [`最大${s.largestContracts.count}项合同`, s.largestContracts.count, s.largestContracts.amount, '', share(s.largestContracts.share)],
        [`统计口径：${s.basisLabel}（市场地区 ${s.marketRegion}）`, '', '', '', ''],
        ['技术吸纳（买方在本地区）', s.flows.inflow.dealCount, s.flows.inflow.amount, s.flows.inflow.technologyAmount, ''],
        ['技术输出（卖方在本地区）', s.flows.outflow.dealCount, s.flows.outflow.amount, s.flows.outflow.technologyAmount, ''],
        [
          '其中买卖双方均在本地区（两项均含，不可相加）',
          s.flows.withinRegion.dealCount,
          s.flows.withinRegion.amount,
          s.flows.withinRegion.technologyAmount,
          '',
        ],
      ],
    },
    {
      name: '按月',
      header: ['月份', '合同数', '成交额(元)', '累计(元)', '目标进度线(元)'],
      rows: s.byMonth.map((m) => [`${m.month}月`, m.dealCount, m.amount, m.cumulative, m.targetPace ?? '']),
    },
    { name: '按技术领域', header, rows: s.byField.map((r) => [r.label, r.dealCount, r.amount, r.technologyAmount, share(r.share)]) },
    { name: '按合同类型', header, rows: s.byContractType.map((r) => [r.label, r.dealCount, r.amount, r.technologyAmount, share(r.share)]) },
    // 省, then each of its 市, then their 县, each under its full name.
    {
      name: '按地区',
      header: [s.basis === 'inflow' ? '卖方地区' : '买方地区', ...header.slice(1)],
      rows: flatten(s.byRegionTree).map((r) => [r.regionName, r.dealCount, r.amount, r.technologyAmount, share(r.share)]),
    },
    { name: '主要卖方', header, rows: s.topSellers.map((r) => [r.name, r.dealCount, r.amount, r.technologyAmount, share(r.share)]) },
  ];
}

/**
 * A text cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first: CSV/formula
 * injection, e.g. an organization named `=cmd|' /C calc'!A0`) is written with a leading
 * apostrophe, which spreadsheets show as text. Decimal numbers such as -1250.00 stay as they are.
 */
export function neutralizeCell<T extends string | number>(value: T): T | string {
  if (typeof value !== 'string' || !/^[=+\-@\t\r]/.test(value) || /^-?\d+(\.\d+)?$/.test(value)) return value;
  return `'${value}`;
}

async function render(basename: string, format: ExportFormat, input: Sheet[]): Promise<ExportFile> {
  const sheets = input.map((s) => ({ ...s, rows: s.rows.map((r) => r.map(neutralizeCell)) }));
  const file = (body: Buffer) => ({ filename: `${basename}.${format}`, contentType: CONTENT_TYPES[format], body });
  switch (format) {
    case 'csv':
      return file(Buffer.from(stringify([sheets[0].header, ...sheets[0].rows], { bom: true, record_delimiter: 'windows' }), 'utf8'));
    case 'xlsx':
      return file(await workbook(sheets));
    default:
      return assertNever(format, 'export format');
  }
}

async function workbook(sheets: Sheet[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'techmarket';
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name);
    ws.addRow(sheet.header).font = { bold: true };
    ws.addRows(sheet.rows);
    ws.columns.forEach((column) => (column.width = 18));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
