/**
 * Domain vocabulary loaded into Meilisearch as synonyms: workshop words and symptoms on one
 * side, research terms on the other. Groups are mutual (every word maps to every other), so only
 * true equivalents belong here; one-way bridges (symptom → technique) live in @app/matching's
 * vocabulary and only expand match queries.
 */
export const SYNONYM_GROUPS: string[][] = [
  ['发霉', '霉变', '霉菌', '长霉'],
  ['污水', '废水'],
  ['物联网', 'IoT'],
  ['电脑锣', '数控铣床', 'CNC'],
  ['人工智能', 'AI'],
  ['噪音', '噪声'],
  ['锂电池', '锂离子电池'],
  ['光伏', '太阳能电池'],
  ['无人机', 'UAV'],
  ['发光二极管', 'LED'],
  ['可编程控制器', 'PLC'],
  ['窄带物联网', 'NB-IoT'],
  ['挥发性有机物', 'VOCs'],
  ['无损检测', '无损探伤'],
  ['机器视觉', '视觉检测'],
  ['热泵干燥', '热泵烘干'],
  ['数控车床', 'CNC车床'],
  ['增材制造', '3D打印'],
  ['碳纤维', '碳纤'],
  ['冷链', '冷链物流'],
  ['病虫害', '病虫'],
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
