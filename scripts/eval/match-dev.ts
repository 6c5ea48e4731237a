/**
 * The match development set (../shared/data/match-dev.json): demands and outcomes written with
 * Chinese labels, and graded relevance. Converts them to the codes and shapes the market uses.
 */
import { readFileSync } from 'node:fs';
import {
  COOPERATION_MODE_LABELS,
  COOPERATION_MODES,
  type CooperationMode,
  type Field,
  FIELD_LABELS,
  FIELDS,
  fenToIndexNumber,
  parseYuan,
  TRL_STAGE_LABELS,
  TRL_STAGES,
  trlStage,
  type TrlStage,
} from '@app/common';

export interface DevOutcome {
  key: string;
  title: string;
  abstract: string;
  field: string;
  keywords: string[];
  maturity: string;
  transferModes: string[];
  askingPrice: number | null;
  institution: string;
}

export interface DevDemand {
  key: string;
  title: string;
  description: string;
  field: string;
  keywords: string[];
  budgetMax: number | null;
  cooperationModes: string[];
  region: string;
}

export interface MatchDevSet {
  outcomes: DevOutcome[];
  demands: DevDemand[];
  qrels: { demand: string; outcome: string; grade: number }[];
}

export function loadMatchDev(path: string): MatchDevSet {
  return JSON.parse(readFileSync(path, 'utf8')) as MatchDevSet;
}

function invert<K extends string>(codes: readonly K[], labels: Record<K, string>): Map<string, K> {
  return new Map(codes.map((code) => [labels[code], code]));
}

const FIELD_BY_LABEL = invert(FIELDS, FIELD_LABELS);
const MODE_BY_LABEL = new Map<string, CooperationMode>([
  ...invert(COOPERATION_MODES, COOPERATION_MODE_LABELS),
  ['技术服务', 'service'],
  ['技术咨询', 'service'],
  ['咨询', 'service'],
]);
const STAGE_BY_LABEL = invert(TRL_STAGES, TRL_STAGE_LABELS);
/** The first TRL of each stage. */
const FIRST_TRL: Record<TrlStage, number> = { lab: 1, pilot_small: 4, pilot: 6, industrial: 8 };

export function fieldCode(label: string): Field {
  const code = FIELD_BY_LABEL.get(label);
  if (!code) throw new Error(`unknown field label ${label}`);
  return code;
}

export function modeCode(label: string): CooperationMode {
  const code = MODE_BY_LABEL.get(label);
  if (!code) throw new Error(`unknown mode label ${label}`);
  return code;
}

export function trlOfStage(label: string): number {
  const stage = STAGE_BY_LABEL.get(label);
  if (!stage) throw new Error(`unknown maturity label ${label}`);
  return FIRST_TRL[stage];
}

/** Yuan as a JSON number → fen, exactly (through the decimal string, never float arithmetic). */
export function yuanNumberToFen(yuan: number | null): bigint | null {
  if (yuan === null) return null;
  const parsed = parseYuan(String(yuan));
  if ('problem' in parsed) throw new Error(`bad amount ${yuan}: ${parsed.problem}`);
  return parsed.fen;
}

export { fenToIndexNumber, trlStage };
