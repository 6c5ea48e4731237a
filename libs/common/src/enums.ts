/**
 * The market's enumerations: API codes with their Chinese labels (DESIGN.md). Listings,
 * matching and deals share them.
 */
export const FIELDS = [
  'electronics',
  'biomedicine',
  'aerospace',
  'new_materials',
  'high_tech_services',
  'new_energy',
  'resources_environment',
  'advanced_manufacturing',
  'modern_agriculture',
] as const;
export type Field = (typeof FIELDS)[number];

export const FIELD_LABELS: Record<Field, string> = {
  electronics: '电子信息',
  biomedicine: '生物与新医药',
  aerospace: '航空航天',
  new_materials: '新材料',
  high_tech_services: '高技术服务',
  new_energy: '新能源与节能',
  resources_environment: '资源与环境',
  advanced_manufacturing: '先进制造与自动化',
  modern_agriculture: '现代农业',
};

/** Cooperation modes (demands) and transfer modes (outcomes) share one list. */
export const COOPERATION_MODES = ['transfer', 'license', 'equity', 'joint_development', 'service'] as const;
export type CooperationMode = (typeof COOPERATION_MODES)[number];

export const COOPERATION_MODE_LABELS: Record<CooperationMode, string> = {
  transfer: '转让',
  license: '许可',
  equity: '作价入股',
  joint_development: '合作开发',
  service: '技术服务/咨询',
};

/** The five technology contracts of the Civil Code. */
export const CONTRACT_TYPES = ['development', 'transfer', 'license', 'consulting', 'service'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

export const CONTRACT_TYPE_LABELS: Record<ContractType, string> = {
  development: '技术开发',
  transfer: '技术转让',
  license: '技术许可',
  consulting: '技术咨询',
  service: '技术服务',
};

/** Technology readiness level (GB/T 22900) 1–9 and its stage. */
export const TRL_STAGES = ['lab', 'pilot_small', 'pilot', 'industrial'] as const;
export type TrlStage = (typeof TRL_STAGES)[number];

export const TRL_STAGE_LABELS: Record<TrlStage, string> = {
  lab: '实验室',
  pilot_small: '小试',
  pilot: '中试',
  industrial: '产业化',
};

export function trlStage(trl: number): TrlStage {
  if (!Number.isInteger(trl) || trl < 1 || trl > 9) throw new RangeError(`TRL must be an integer 1–9, got ${trl}`);
  return trl <= 3 ? 'lab' : trl <= 5 ? 'pilot_small' : trl <= 7 ? 'pilot' : 'industrial';
}

export function labelOf<K extends string>(labels: Record<K, string>, code: K): string {
  return labels[code];
}
