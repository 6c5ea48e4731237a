/**
 * Graded sets as an outside evaluation runs them: each loaded through the public api into a
 * fresh market, alone and beside the demo listings, every demand's matches read from
 * `GET /demands/:id/matches`. "own" counts the set's outcomes only (the demo listings removed
 * from the list before cutting at 10); "all" counts the list as the market shows it.
 */
import { randomInt } from 'node:crypto';
import { type Client, indexed, load, loadDemoListings, withMarket } from './api-eval.js';
import { type Paper, problemSplit } from './csl.js';
import type { MatchDevSet } from './match-dev.js';
import { type Grades, ndcgAt, recallAt, reciprocalRank } from './metrics.js';
import { latency, timed } from './timing.js';

type Meili = { url: string; masterKey: string };

interface Run {
  ranked: string[];
  grades: Grades;
}

function summary(runs: Run[], answerGrade = 1) {
  const n = runs.length || 1;
  const mean = (f: (r: Run) => number) => Math.round((runs.reduce((s, r) => s + f(r), 0) / n) * 10000) / 10000;
  return {
    ndcg10: mean((r) => ndcgAt(10, r.ranked, r.grades)),
    mrr10: mean((r) => reciprocalRank(r.ranked.slice(0, 10), r.grades, answerGrade)),
    recall10: mean((r) => recallAt(10, r.ranked, r.grades, answerGrade)),
    recall50: mean((r) => recallAt(50, r.ranked, r.grades, answerGrade)),
    queries: runs.length,
  };
}

async function matchKeys(client: Client, demandId: string, keyOf: Map<string, string>): Promise<string[]> {
  const res = await client.call<{ items: { outcome: { id: string } }[] }>('GET', `/demands/${demandId}/matches?limit=50`);
  return res.items.map((i) => keyOf.get(i.outcome.id) ?? `other:${i.outcome.id}`);
}

export async function gradedThroughApi(name: string, set: MatchDevSet, meili: Meili, databaseUrl: string, redisUrl: string, demo: boolean) {
  return withMarket(meili, databaseUrl, redisUrl, async ({ client, bureau, settled }) => {
    const extra = demo ? await loadDemoListings(client, bureau) : { demands: 0, outcomes: 0 };
    const ids = await load(client, set, bureau);
    await indexed(client, set.demands.length + extra.demands, set.outcomes.length + extra.outcomes);
    await settled();
    const keyOf = new Map([...ids.outcomeIds].map(([k, v]) => [v, k]));
    const ms: number[] = [];
    const all: Run[] = [];
    const own: Run[] = [];
    for (const d of set.demands) {
      const grades: Grades = new Map(set.qrels.filter((q) => q.demand === d.key).map((q) => [q.outcome, q.grade]));
      const ranked = await timed(ms, () => matchKeys(client, ids.demandIds.get(d.key)!, keyOf));
      all.push({ ranked, grades });
      own.push({ ranked: ranked.filter((k) => !k.startsWith('other:')), grades });
    }
    return { set: name, demoListings: demo, all: summary(all), own: summary(own), latency: latency(ms) };
  });
}

/**
 * CSL papers as outcomes whose keywords are not indexed (the paper's discipline stands in as
 * its one keyword), queried by demands made of a paper's keywords, or of the problem sentence of
 * its abstract (the outcome then holds the rest of the abstract). MRR@10 counts the paper itself.
 */
export async function cslThroughApi(papers: Paper[], from: 'keywords' | 'problem', meili: Meili, databaseUrl: string, redisUrl: string) {
  return withMarket(meili, databaseUrl, redisUrl, async ({ client, bureau, settled }) => {
    const institutions = new Map<string, string>();
    for (const discipline of new Set(papers.map((p) => p.discipline)))
      institutions.set(discipline, await client.register('institution', `${discipline}研究所`));
    const keyOf = new Map<string, string>();
    for (const p of papers) {
      const abstract = from === 'problem' ? (problemSplit(p.abstract)?.rest ?? p.abstract) : p.abstract;
      const body = {
        title: p.title.slice(0, 100),
        abstract: abstract.slice(0, 5000),
        field: 'high_tech_services',
        keywords: [p.discipline.slice(0, 20)],
        trl: 3,
        transferModes: ['license'],
      };
      const { id } = await client.call<{ id: string }>('POST', '/outcomes', body, institutions.get(p.discipline));
      await client.call('POST', `/outcomes/${id}/approve`, {}, bureau);
      keyOf.set(id, p.id);
    }
    const usable = (p: Paper) => p.keywords.some((k) => k.trim().length >= 1 && k.trim().length <= 20);
    const queries = from === 'problem' ? papers.filter((p) => problemSplit(p.abstract)) : papers.filter(usable);
    const enterprise = await client.register('enterprise', `评测企业${randomInt(1e6)}`);
    const demandIds: [Paper, string][] = [];
    for (const p of queries) {
      const keywords = [...new Set(p.keywords.map((k) => k.trim()).filter((k) => k.length >= 1 && k.length <= 20))].slice(0, 10);
      const problem = from === 'problem' ? problemSplit(p.abstract)!.problem : '';
      const body =
        from === 'keywords'
          ? {
              title: keywords.join('、').slice(0, 100).padEnd(4, '。'),
              description: `寻求${keywords.join('、')}方面的技术`.slice(0, 5000),
              keywords,
            }
          : { title: problem.slice(0, 100), description: problem.padEnd(10, '。').slice(0, 5000), keywords: [p.discipline.slice(0, 20)] };
      const { id } = await client.call<{ id: string }>(
        'POST',
        '/demands',
        { ...body, field: 'high_tech_services', region: '331127', cooperationModes: ['license'] },
        enterprise,
      );
      await client.call('POST', `/demands/${id}/approve`, {}, bureau);
      demandIds.push([p, id]);
    }
    await indexed(client, demandIds.length, papers.length, 300000);
    await settled();
    const ms: number[] = [];
    const runs: Run[] = [];
    for (const [p, id] of demandIds) {
      const grades: Grades = new Map(
        papers
          .map((q) => [q.id, q.id === p.id ? 3 : q.discipline === p.discipline ? 2 : q.category === p.category ? 1 : 0] as const)
          .filter(([, g]) => g > 0),
      );
      runs.push({ ranked: await timed(ms, () => matchKeys(client, id, keyOf)), grades });
    }
    return { from, papers: papers.length, ...summary(runs, 3), latency: latency(ms) };
  });
}
