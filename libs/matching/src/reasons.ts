/**
 * Why a candidate matches, in words a person reads. The reasons follow the features that
 * contributed most to its score, in that order: shared keywords for the text features,
 * vocabulary bridges for the expansion, close phrases for proximity, then field, modes, price,
 * maturity and market evidence. At least one reason is always given.
 */
import { COOPERATION_MODE_LABELS, FIELD_LABELS, TRL_STAGE_LABELS, trlStage } from '@app/common';
import type { FeatureName, PairEvidence, SubjectText } from './features.js';
import type { FieldedText } from './pool-index.js';
import { commonModes, type PairFacts, priceFit } from './scoring.js';
import { containsText } from './text.js';

export interface ReasonInput {
  subject: SubjectText;
  candidate: FieldedText;
  facts: PairFacts;
  direction: 'outcomes' | 'demands';
  evidence: PairEvidence;
  /** Feature contributions to the score, largest first. */
  ranking: { feature: FeatureName; value: number }[];
}

const MAX_LISTED = 4;
type Group = 'keywords' | 'bridge' | 'feedbackTerms' | 'phrase' | 'field' | 'modes' | 'price' | 'maturity' | 'feedback' | 'responsiveness';

const GROUP_OF: Partial<Record<FeatureName, Group>> = {
  text: 'keywords',
  core: 'keywords',
  body: 'keywords',
  titleField: 'keywords',
  keywordField: 'keywords',
  coverage: 'keywords',
  search: 'keywords',
  hits: 'keywords',
  expansion: 'bridge',
  feedbackTerms: 'feedbackTerms',
  phrase: 'phrase',
  proximity: 'phrase',
  field: 'field',
  modes: 'modes',
  price: 'price',
  maturity: 'maturity',
  feedback: 'feedback',
  responsiveness: 'responsiveness',
};

export function reasonsFor(input: ReasonInput): string[] {
  const reasons: string[] = [];
  const done = new Set<Group>();
  for (const { feature, value } of input.ranking) {
    const group = GROUP_OF[feature];
    if (!group || value <= 0 || done.has(group)) continue;
    done.add(group);
    reasons.push(...reasonOf(group, input));
  }
  if (reasons.length === 0) reasons.push(...keywordReasons(input), ...fallback(input));
  return [...new Set(reasons)];
}

function reasonOf(group: Group, input: ReasonInput): string[] {
  const { facts, direction } = input;
  switch (group) {
    case 'keywords':
      return keywordReasons(input);
    case 'bridge':
      return bridgeReasons(input);
    case 'feedbackTerms': {
      const text = candidateText(input.candidate);
      const found = (input.subject.feedbackWords ?? []).filter((w) => containsText(text, w)).slice(0, 3);
      return found.length > 0 ? [`相关词: ${found.join(', ')}`] : [];
    }
    case 'phrase':
      return input.evidence.closeWords.length >= 2 ? [`词组吻合: ${input.evidence.closeWords.slice(0, 3).join(' ')}`] : [];
    case 'field':
      return facts.subjectField && facts.subjectField === facts.candidateField ? [`同属${FIELD_LABELS[facts.subjectField]}领域`] : [];
    case 'modes': {
      const modes = commonModes(facts);
      return modes.length > 0 ? [`合作方式一致: ${modes.map((m) => COOPERATION_MODE_LABELS[m]).join(', ')}`] : [];
    }
    case 'price':
      return priceFit(facts.budgetMaxFen, facts.askingPriceFen) === 'within'
        ? [direction === 'outcomes' ? '价格在预算内' : '需求预算可覆盖报价']
        : [];
    case 'maturity':
      return facts.trl != null && direction === 'outcomes' ? [maturityReason(facts.trl)] : [];
    case 'feedback':
      return ['双方曾有对接或成交'];
    case 'responsiveness':
      return [direction === 'outcomes' ? '成果方通常及时回复对接' : '需求方通常及时回复对接'];
  }
}

function candidateText(c: FieldedText): string {
  return [c.title, c.keywords.join('，'), c.body].join('\n');
}

function keywordReasons(input: ReasonInput): string[] {
  const subjectText = [input.subject.title, input.subject.keywords.join('，'), input.subject.body].join('\n');
  const text = candidateText(input.candidate);
  const shared = input.subject.keywords.filter((k) => containsText(text, k));
  const theirs = input.candidate.keywords.filter((k) => containsText(subjectText, k) && !shared.includes(k));
  const keywords = [...shared, ...theirs].slice(0, MAX_LISTED);
  if (keywords.length > 0) return [`关键词: ${keywords.join(', ')}`];
  // No shared keyword: a vocabulary bridge explains the match better than loose terms.
  const bridges = bridgeReasons(input);
  if (bridges.length > 0) return bridges;
  const terms = input.evidence.contributions.slice(0, 3).map((c) => c.term);
  return terms.length > 0 ? [`相关词: ${terms.join(', ')}`] : [];
}

function bridgeReasons(input: ReasonInput): string[] {
  const text = candidateText(input.candidate);
  return input.subject.expansions
    .map((x) => ({ trigger: x.trigger, found: x.terms.filter((t) => containsText(text, t)) }))
    .filter((x) => x.found.length > 0)
    .slice(0, 2)
    .map((b) => `术语对应: ${b.trigger} → ${b.found.slice(0, 3).join(', ')}`);
}

function fallback(input: ReasonInput): string[] {
  return input.facts.subjectField && input.facts.subjectField === input.facts.candidateField
    ? [`同属${FIELD_LABELS[input.facts.subjectField]}领域`]
    : ['文本相关'];
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
