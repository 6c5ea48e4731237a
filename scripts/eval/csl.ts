/**
 * The CSL papers (../shared/data/realworld/csl, see its SOURCE.md): line i of the four task
 * files of a split is the same paper; dev + test give 2,000 papers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Paper {
  id: string;
  title: string;
  abstract: string;
  keywords: string[];
  discipline: string;
  category: string;
}

function columns(dir: string, task: string, split: string): string[][] {
  return readFileSync(join(dir, task, `${split}.tsv`), 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => line.split('\t'));
}

export function loadCsl(dir: string): Paper[] {
  const papers: Paper[] = [];
  for (const split of ['dev', 'test']) {
    const ts = columns(dir, 'ts', split);
    const kg = columns(dir, 'kg', split);
    const dcp = columns(dir, 'cls_dcp', split);
    const ctg = columns(dir, 'cls_ctg', split);
    if (new Set([ts.length, kg.length, dcp.length, ctg.length]).size !== 1) throw new Error(`CSL ${split}: task files differ in length`);
    ts.forEach((row, i) => {
      if (dcp[i][1] !== row[1] || ctg[i][1] !== row[2]) throw new Error(`CSL ${split} line ${i + 1}: tasks do not join`);
      papers.push({
        id: `${split}-${i + 1}`,
        title: row[2],
        abstract: row[1],
        keywords: kg[i][2].split('_').filter(Boolean),
        discipline: dcp[i][2],
        category: ctg[i][2],
      });
    });
  }
  return papers;
}

/** The paper itself 3, same discipline 2, same category 1. */
export function cslGrades(query: Paper, papers: Paper[]): Map<string, number> {
  const grades = new Map<string, number>();
  for (const p of papers) {
    const grade = p.id === query.id ? 3 : p.discipline === query.discipline ? 2 : p.category === query.category ? 1 : 0;
    if (grade > 0) grades.set(p.id, grade);
  }
  return grades;
}

/** Cues that an abstract opens with the problem it addresses (SOURCE.md, "problem→solution split"). */
const PROBLEM_CUE = /针对|为了|为解决|目的[:：]/;

/**
 * Splits an abstract whose first or second sentence states the problem ("针对…问题", "为了…",
 * "目的:…") into that sentence and the rest (method and results); null when there is no cue.
 */
export function problemSplit(abstract: string): { problem: string; rest: string } | null {
  const sentences = abstract.split(/(?<=[。;；!?！？]|\.(?!\d))/u);
  const index = sentences.findIndex((s, i) => i < 2 && PROBLEM_CUE.test(s));
  if (index < 0) return null;
  const problem = sentences[index].replace(/^\s*目的[:：]\s*/u, '').trim();
  const rest = sentences
    .filter((_, i) => i !== index)
    .join('')
    .trim();
  return problem.length >= 8 && rest.length >= 20 ? { problem, rest } : null;
}
