import { Injectable } from '@nestjs/common';
import { formatFen } from '@app/common';
import { AppConfig } from '@app/config';
import { PIPELINE_STEPS, PipelineStatsRepository } from './pipeline-stats.repository.js';
import { checkYear } from './targets.service.js';

/** The pipeline's stages in the order a deal passes them; `in_notice` and `awaiting_registration` split `confirmed`. */
export const PIPELINE_STAGES = [
  'declared',
  'confirmed',
  'in_notice',
  'awaiting_registration',
  'registered',
  'recorded',
  'disputed',
  'rejected',
] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export const PIPELINE_STAGE_LABELS: Record<PipelineStage, string> = {
  declared: '待对方确认',
  confirmed: '双方已确认',
  in_notice: '公示中',
  awaiting_registration: '待认定登记',
  registered: '已登记待入账',
  recorded: '已入账',
  disputed: '对方有异议',
  rejected: '登记未通过',
};

export type PipelineStep = (typeof PIPELINE_STEPS)[number]['step'];
export const PIPELINE_STEP_LABELS: Record<PipelineStep, string> = {
  confirm: '申报 → 对方确认',
  register: '确认 → 认定登记（含公示）',
  record: '登记 → 入账',
  declaredToRecorded: '申报 → 入账（全程）',
};

/** Large contracts listed on the dashboard at most. */
export const LARGE_CONTRACTS_LISTED = 50;

export interface PipelineStats {
  year: number;
  stages: { stage: PipelineStage; label: string; partOf: 'confirmed' | null; dealCount: number; amount: string }[];
  steps: { step: PipelineStep; label: string; dealCount: number; medianDays: number | null }[];
  largeContracts: {
    threshold: string;
    count: number;
    amount: string;
    items: {
      id: string;
      title: string | null;
      status: string;
      buyerName: string;
      sellerName: string;
      amount: string;
      signedAt: string;
      registrationNo: string | null;
    }[];
  };
}

/**
 * The bureau's pipeline for a signing year: how many contracts, for how much, stand at each
 * stage on the way to the ledger; the median days each step takes; and the large contracts
 * (≥ LARGE_CONTRACT_YUAN) registered or recorded, flagged for expert review.
 */
@Injectable()
export class PipelineStatsService {
  constructor(
    private readonly repo: PipelineStatsRepository,
    private readonly config: AppConfig,
  ) {}

  async pipeline(year: number): Promise<PipelineStats> {
    checkYear(year);
    const threshold = this.config.deals.largeContractFen;
    const [stageRows, stepRows, large] = await Promise.all([
      this.repo.stages(year),
      this.repo.steps(year),
      this.repo.largeContracts(year, threshold, LARGE_CONTRACTS_LISTED),
    ]);
    const of = (stage: string) => stageRows.find((r) => r.stage === stage) ?? { dealCount: 0, amountFen: '0' };
    const sum = (stages: string[]) =>
      stages
        .map(of)
        .reduce((a, b) => ({ dealCount: a.dealCount + b.dealCount, amountFen: (BigInt(a.amountFen) + BigInt(b.amountFen)).toString() }));
    return {
      year,
      stages: PIPELINE_STAGES.map((stage) => {
        const row = stage === 'confirmed' ? sum(['in_notice', 'awaiting_registration']) : of(stage);
        const partOf = stage === 'in_notice' || stage === 'awaiting_registration' ? 'confirmed' : null;
        return { stage, label: PIPELINE_STAGE_LABELS[stage], partOf, dealCount: row.dealCount, amount: formatFen(row.amountFen) };
      }),
      steps: PIPELINE_STEPS.map(({ step }) => {
        const row = stepRows.find((r) => r.step === step);
        return { step, label: PIPELINE_STEP_LABELS[step], dealCount: row?.dealCount ?? 0, medianDays: row?.medianDays ?? null };
      }),
      largeContracts: {
        threshold: formatFen(threshold),
        count: large.count,
        amount: formatFen(large.amountFen),
        items: large.rows.map(({ amountFen, ...row }) => ({ ...row, amount: formatFen(amountFen) })),
      },
    };
  }
}
