/**
 * Domain vocabulary loaded into Meilisearch as synonyms: workshop words and symptoms on one
 * side, research terms on the other. Groups are mutual (every word maps to every other).
 */
export const SYNONYM_GROUPS: string[][] = [
  ['发霉', '霉变', '霉菌'],
  ['污水', '废水'],
  ['物联网', 'IoT'],
  ['电脑锣', '数控铣床', 'CNC'],
  ['人工智能', 'AI'],
];

export function synonymsFromGroups(groups: string[][]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of groups) {
    for (const word of group) {
      const others = group.filter((w) => w !== word);
      out[word] = Array.from(new Set([...(out[word] ?? []), ...others]));
    }
  }
  return out;
}
