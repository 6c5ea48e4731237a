/**
 * `npm run eval:match`: match quality of our matching against the baseline (a plain Meilisearch
 * search with the demand's title, or the paper's keywords/title for CSL), measured in the same
 * run on the same index, printed as JSON. Starts its own Meilisearch from the bundled binary.
 *
 * match-dev goes through the public API (fresh database, Redis prefix and index; orgs register,
 * listings are posted and approved, the worker indexes them, the match routes answer) against
 * DATABASE_URL and REDIS_URL (the usual defaults); `--direct` loads the documents straight into
 * the index instead. CSL (2,000 papers) always loads documents straight into the index.
 *
 * First, and always: k-fold cross-validation of the fitted ranker over the tuning sets (match-dev
 * and libs/matching/test/fixtures/graded-market.json), and the colloquial set that is never fitted on.
 *
 *   --data <file>      match development set (default ../shared/data/match-dev.json)
 *   --folds <k>        folds of the cross-validation (default 5)
 *   --fit-only         cross-validate, fit, and stop (`npm run fit:match` adds --write)
 *   --write            write the weights fitted on all tuning sets to libs/matching/src/ranker-weights.ts
 *   --no-cv            skip the cross-validation (for the api figures and latency alone)
 *   --no-markets       skip the graded sets through the api (match-dev alone)
 *   --no-api           skip the evaluations through the public API (match-dev, the graded sets in fresh
 *                      markets with and without the demo listings, CSL with keywords not indexed)
 *   --csl-api <n>      CSL papers loaded through the API (default 400)
 *   --cedict           cross-validate with CC-CEDICT shared-gloss candidates as extra one-word bridges
 *                      (libs/matching/data/cedict-synonyms.json, `npm run vocab:cedict`)
 *   --associations     the same with keyword associations (libs/matching/data/associations.json,
 *                      `npm run vocab:associations`)
 *   --direct           match-dev without the API
 *   --csl <dir>        CSL papers (default ../shared/data/realworld/csl); --no-csl to skip
 *   --csl-limit <n>    evaluate the first n CSL queries of each set (the index holds them all)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Logger } from '@nestjs/common';
import { startLocalMeili } from '@app/search';
import { loadCsl, type Paper } from './eval/csl.js';
import {
  cslCases,
  cslOutcomes,
  type CslQueryFrom,
  matchDevCases,
  matchDevDemands,
  matchDevOutcomes,
  matchDevReverseCases,
} from './eval/datasets.js';
import { compare, type Comparison, compareReverse, loadDemands, loadOutcomes, searchFor } from './eval/direct-eval.js';
import { loadMatchDev } from './eval/match-dev.js';
import { evaluateThroughApi } from './eval/api-eval.js';
import { loadConfig } from '@app/config';
import { crossValidation, FIXTURES } from './eval/cross-validation.js';
import { minedVocabulary } from './eval/mined-vocabulary.js';
import { cslThroughApi, gradedThroughApi } from './eval/api-markets.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/match-dev.json' },
    csl: { type: 'string', default: '../shared/data/realworld/csl' },
    'no-csl': { type: 'boolean', default: false },
    direct: { type: 'boolean', default: false },
    folds: { type: 'string', default: '5' },
    'fit-only': { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    'no-api': { type: 'boolean', default: false },
    'no-cv': { type: 'boolean', default: false },
    'no-markets': { type: 'boolean', default: false },
    'csl-api': { type: 'string', default: '400' },
    cedict: { type: 'boolean', default: false },
    associations: { type: 'boolean', default: false },
    'csl-limit': { type: 'string' },
  },
});

type Meili = { url: string; masterKey: string };

/** Outcomes for each demand, and (with the judgements inverted) demands for each judged outcome. */
async function matchDev(meili: Meili): Promise<{ outcomesForDemand: Comparison; demandsForOutcome: Comparison }> {
  const set = loadMatchDev(resolve(values.data));
  if (!values.direct) {
    const config = loadConfig();
    return evaluateThroughApi(set, meili, config.database.url, config.redis.url);
  }
  const { search, matching } = searchFor(meili, 'eval_dev_');
  await loadOutcomes(search, matchDevOutcomes(set));
  await loadDemands(search, matchDevDemands(set));
  return {
    outcomesForDemand: await compare(search, matching, matchDevCases(set)),
    demandsForOutcome: await compareReverse(search, matching, matchDevReverseCases(set)),
  };
}

async function csl(meili: Meili, name: string, papers: Paper[], limit: number): Promise<Record<CslQueryFrom, Comparison>> {
  const out = {} as Record<CslQueryFrom, Comparison>;
  for (const from of ['keywords', 'title', 'problem'] as const) {
    const { search, matching } = searchFor(meili, `eval_csl_${name}_${from}_`);
    await loadOutcomes(search, cslOutcomes(papers, from));
    out[from] = await compare(search, matching, cslCases(papers, from).slice(0, limit), 3);
  }
  return out;
}

async function main(): Promise<void> {
  // stdout carries the JSON report only.
  Logger.overrideLogger(['error', 'warn']);
  const dataDir = mkdtempSync(join(tmpdir(), 'techmarket-eval-'));
  const meili = await startLocalMeili({ dataDir, masterKey: 'eval-master-key-0123456789' });
  try {
    const started = Date.now();
    const report: Record<string, unknown> = {};
    if (!values['no-cv'])
      report.crossValidation = await crossValidation(meili, {
        matchDev: resolve(values.data),
        folds: Number.parseInt(values.folds, 10),
        write: values.write,
        vocabulary: values.cedict
          ? minedVocabulary(resolve('libs/matching/data/cedict-synonyms.json'))
          : values.associations
            ? minedVocabulary(resolve('libs/matching/data/associations.json'))
            : undefined,
      });
    // Each stage's figures also go to stderr as they come, so that a late failure loses nothing.
    const progress = (stage: string) => console.error(`[eval] ${stage}: ${JSON.stringify(report[stage])}`);
    progress('crossValidation');
    if (values['fit-only']) {
      console.log(JSON.stringify(report, null, 2));
      return;
    }
    if (!values['no-api']) {
      report.matchDev = { path: values.direct ? 'direct' : 'api', ...(await matchDev(meili)) };
      progress('matchDev');
      const config = loadConfig();
      const graded: [string, string][] = [
        ['market', resolve(FIXTURES, 'graded-market.json')],
        ['colloquial', resolve(FIXTURES, 'graded-colloquial.json')],
      ];
      const markets = [];
      for (const [name, path] of values['no-markets'] ? [] : graded) {
        for (const demo of [false, true])
          markets.push(await gradedThroughApi(name, loadMatchDev(path), meili, config.database.url, config.redis.url, demo));
      }
      report.throughApi = markets;
      progress('throughApi');
      if (!values['no-csl']) {
        const papers = loadCsl(resolve(values.csl)).slice(0, Number.parseInt(values['csl-api'], 10));
        report.cslThroughApi = [
          await cslThroughApi(papers, 'keywords', meili, config.database.url, config.redis.url),
          await cslThroughApi(papers, 'problem', meili, config.database.url, config.redis.url),
        ];
        progress('cslThroughApi');
      }
    }
    if (!values['no-csl']) {
      const papers = loadCsl(resolve(values.csl));
      const limit = values['csl-limit'] ? Number.parseInt(values['csl-limit'], 10) : papers.length;
      const engineering = papers.filter((p) => p.category === '工学');
      report.csl = {
        full: await csl(meili, 'full', papers, limit),
        engineering: await csl(meili, 'eng', engineering, limit),
      };
    }
    report.seconds = Math.round((Date.now() - started) / 1000);
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await meili.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
