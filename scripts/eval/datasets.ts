/** Turns the evaluation sets into index documents and evaluation cases. */
import { trlStage } from '@app/common';
import type { DemandDocument, OutcomeDocument } from '@app/search';
import { cslGrades, type Paper, problemSplit } from './csl.js';
import type { EvalCase, ReverseCase } from './direct-eval.js';
import { fenToIndexNumber, fieldCode, type MatchDevSet, modeCode, trlOfStage, yuanNumberToFen } from './match-dev.js';

/** All documents share one publication time, so recency does not separate them. */
const PUBLISHED_AT = 1_780_000_000;

export function matchDevOutcomes(set: MatchDevSet): OutcomeDocument[] {
  return set.outcomes.map((o) => {
    const trl = trlOfStage(o.maturity);
    return {
      id: o.key,
      title: o.title,
      abstract: o.abstract,
      field: fieldCode(o.field),
      keywords: o.keywords,
      trl,
      stage: trlStage(trl),
      ipType: null,
      transferModes: o.transferModes.map(modeCode),
      askingPriceFen: fenToIndexNumber(yuanNumberToFen(o.askingPrice)),
      organizationId: `org-${o.institution}`,
      organizationName: o.institution,
      publishedAt: PUBLISHED_AT,
    };
  });
}

export function matchDevCases(set: MatchDevSet): EvalCase[] {
  return set.demands.map((d) => ({
    key: d.key,
    input: {
      title: d.title,
      description: d.description,
      keywords: d.keywords,
      field: fieldCode(d.field),
      cooperationModes: d.cooperationModes.map(modeCode),
      budgetMaxFen: fenToIndexNumber(yuanNumberToFen(d.budgetMax)),
    },
    baselineQuery: d.title,
    grades: new Map(set.qrels.filter((q) => q.demand === d.key).map((q) => [q.outcome, q.grade])),
  }));
}

export function matchDevDemands(set: MatchDevSet): DemandDocument[] {
  return set.demands.map((d) => ({
    id: d.key,
    title: d.title,
    description: d.description,
    field: fieldCode(d.field),
    keywords: d.keywords,
    region: '331127',
    regionPrefixes: ['33', '3311', '331127'],
    cooperationModes: d.cooperationModes.map(modeCode),
    budgetMaxFen: fenToIndexNumber(yuanNumberToFen(d.budgetMax)),
    deadline: null,
    organizationId: `org-${d.key}`,
    organizationName: '',
    publishedAt: PUBLISHED_AT,
  }));
}

/** Demands for an outcome: every outcome with a judged demand asks for it, grades inverted. */
export function matchDevReverseCases(set: MatchDevSet): ReverseCase[] {
  const outcomes = matchDevOutcomes(set);
  return outcomes
    .map((o) => ({
      key: o.id,
      input: o,
      baselineQuery: o.title,
      grades: new Map(set.qrels.filter((q) => q.outcome === o.id).map((q) => [q.demand, q.grade])),
    }))
    .filter((c) => [...c.grades.values()].some((g) => g > 0));
}

/**
 * What a query is built from; the indexed paper leaves that part out, so it cannot match itself
 * verbatim. `problem`: the abstract's problem sentence, against the paper's title, keywords and
 * the rest of its abstract (only papers whose abstract states its problem are queries).
 */
export type CslQueryFrom = 'keywords' | 'title' | 'problem';

export function cslOutcomes(papers: Paper[], from: CslQueryFrom): OutcomeDocument[] {
  return papers.map((p) => ({
    id: p.id,
    title: from === 'title' ? '' : p.title,
    abstract: from === 'problem' ? (problemSplit(p.abstract)?.rest ?? p.abstract) : p.abstract,
    field: 'high_tech_services',
    keywords: from === 'keywords' ? [] : p.keywords,
    trl: 1,
    stage: 'lab',
    ipType: null,
    transferModes: [],
    askingPriceFen: null,
    organizationId: `org-${p.discipline}`,
    organizationName: '',
    publishedAt: PUBLISHED_AT,
  }));
}

export function cslCases(papers: Paper[], from: CslQueryFrom): EvalCase[] {
  const queries = from === 'problem' ? papers.filter((p) => problemSplit(p.abstract)) : papers;
  return queries.map((p) => {
    const query = from === 'keywords' ? p.keywords.join(' ') : from === 'title' ? p.title : problemSplit(p.abstract)!.problem;
    return {
      key: p.id,
      input: { title: query, description: '', keywords: from === 'keywords' ? p.keywords : [] },
      baselineQuery: query,
      grades: cslGrades(p, papers),
    };
  });
}
