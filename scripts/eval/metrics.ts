/** Ranking metrics over graded relevance (grade 0 = not relevant). */

export type Grades = ReadonlyMap<string, number>;

/** nDCG@k with exponential gain (2^grade − 1) and log2 discount; 0 when nothing is relevant. */
export function ndcgAt(k: number, ranked: readonly string[], grades: Grades): number {
  const gain = (g: number) => Math.pow(2, g) - 1;
  const dcg = ranked.slice(0, k).reduce((sum, id, i) => sum + gain(grades.get(id) ?? 0) / Math.log2(i + 2), 0);
  const ideal = [...grades.values()]
    .filter((g) => g > 0)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** 1 / rank of the first relevant result (grade ≥ minGrade), 0 when none is returned. */
export function reciprocalRank(ranked: readonly string[], grades: Grades, minGrade = 1): number {
  const index = ranked.findIndex((id) => (grades.get(id) ?? 0) >= minGrade);
  return index < 0 ? 0 : 1 / (index + 1);
}

/** Share of the relevant items (grade ≥ minGrade) found in the first k. */
export function recallAt(k: number, ranked: readonly string[], grades: Grades, minGrade = 1): number {
  const relevant = [...grades].filter(([, g]) => g >= minGrade).map(([id]) => id);
  if (relevant.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

export interface Metrics {
  ndcg10: number;
  mrr: number;
  recall10: number;
  queries: number;
}

/** Mean of the three metrics over queries, rounded to 4 decimals. */
export function summarize(runs: { ranked: readonly string[]; grades: Grades }[], mrrMinGrade = 1): Metrics {
  const mean = (f: (r: (typeof runs)[number]) => number) =>
    runs.length === 0 ? 0 : Math.round((runs.reduce((s, r) => s + f(r), 0) / runs.length) * 10000) / 10000;
  return {
    ndcg10: mean((r) => ndcgAt(10, r.ranked, r.grades)),
    mrr: mean((r) => reciprocalRank(r.ranked, r.grades, mrrMinGrade)),
    recall10: mean((r) => recallAt(10, r.ranked, r.grades, mrrMinGrade)),
    queries: runs.length,
  };
}
