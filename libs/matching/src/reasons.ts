/**
 * Why a candidate matches, in words a person reads: shared keywords, vocabulary bridges,
 * field, modes, price, maturity. Text reasons come first; at least one reason is always given.
 */
import { COOPERATION_MODE_LABELS, FIELD_LABELS, TRL_STAGE_LABELS, trlStage } from '@app/common';
import type { TermContribution } from './bm25.js';
import type { Expansion } from './expansion.js';
import { commonModes, type PairFacts, priceFit } from './scoring.js';
import { containsText } from './text.js';

export interface TextEvidence {
  subjectKeywords: string[];
  subjectText: string;
  candidateKeywords: string[];
  candidateText: string;
  expansions: Expansion[];
  contributions: TermContribution[];
}

const MAX_LISTED = 4;

export function textReasons(e: TextEvidence): string[] {
  const reasons: string[] = [];
  const shared = e.subjectKeywords.filter((k) => containsText(e.candidateText, k));
  const theirs = e.candidateKeywords.filter((k) => containsText(e.subjectText, k) && !shared.includes(k));
  const keywords = [...shared, ...theirs].slice(0, MAX_LISTED);
  if (keywords.length > 0) reasons.push(`关键词: ${keywords.join(', ')}`);
  const bridges = e.expansions
    .map((x) => ({ trigger: x.trigger, found: x.terms.filter((t) => containsText(e.candidateText, t)) }))
    .filter((x) => x.found.length > 0 && !keywords.includes(x.trigger))
    .slice(0, 2);
  for (const b of bridges) reasons.push(`术语对应: ${b.trigger} → ${b.found.slice(0, 3).join(', ')}`);
  if (reasons.length === 0 && e.contributions.length > 0) {
    reasons.push(
      `相关词: ${e.contributions
        .slice(0, 3)
        .map((c) => c.term)
        .join(', ')}`,
    );
  }
  return reasons;
}

export function pairReasons(facts: PairFacts, direction: 'outcomes' | 'demands'): string[] {
  const reasons: string[] = [];
  if (facts.subjectField && facts.subjectField === facts.candidateField) reasons.push(`同属${FIELD_LABELS[facts.subjectField]}领域`);
  const modes = commonModes(facts);
  if (modes.length > 0) reasons.push(`合作方式一致: ${modes.map((m) => COOPERATION_MODE_LABELS[m]).join(', ')}`);
  const fit = priceFit(facts.budgetMaxFen, facts.askingPriceFen);
  if (fit === 'within') reasons.push(direction === 'outcomes' ? '价格在预算内' : '需求预算可覆盖报价');
  if (facts.trl != null && direction === 'outcomes') reasons.push(maturityReason(facts.trl));
  return reasons;
}

export function maturityReason(trl: number): string {
  const stage = trlStage(trl);
  switch (stage) {
    case 'industrial':
      return '已产业化';
    case 'pilot':
      return '已达中试阶段';
    default:
      return `处于${TRL_STAGE_LABELS[stage]}阶段`;
  }
}
