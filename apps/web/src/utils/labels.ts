/** Enumeration labels: Chinese from the shared lib (the same the api uses), English beside them. */
import { computed } from 'vue';
import {
  CONTRACT_TYPE_LABELS,
  CONTRACT_TYPES,
  COOPERATION_MODE_LABELS,
  COOPERATION_MODES,
  FIELD_LABELS,
  FIELDS,
  TRL_STAGE_LABELS,
  trlStage,
  type ContractType,
  type CooperationMode,
  type Field,
} from '@app/rules';
import { i18n } from '@/i18n';

export { CONTRACT_TYPES, COOPERATION_MODES, FIELDS, trlStage };
export type { ContractType, CooperationMode, Field };

const FIELD_EN: Record<Field, string> = {
  electronics: 'Electronics & IT',
  biomedicine: 'Biomedicine',
  aerospace: 'Aerospace',
  new_materials: 'New materials',
  high_tech_services: 'High-tech services',
  new_energy: 'New energy & efficiency',
  resources_environment: 'Resources & environment',
  advanced_manufacturing: 'Advanced manufacturing',
  modern_agriculture: 'Modern agriculture',
};
const MODE_EN: Record<CooperationMode, string> = {
  transfer: 'Transfer',
  license: 'License',
  equity: 'Equity',
  joint_development: 'Joint development',
  service: 'Service / consulting',
};
const CONTRACT_EN: Record<ContractType, string> = {
  development: 'Development',
  transfer: 'Transfer',
  license: 'License',
  consulting: 'Consulting',
  service: 'Service',
};
const STAGE_EN = { lab: 'Laboratory', pilot_small: 'Small pilot', pilot: 'Pilot', industrial: 'Industrial' } as const;

const isEn = () => i18n.global.locale.value === 'en';

export function fieldLabel(code: string | undefined | null): string {
  if (!code) return '';
  return (isEn() ? FIELD_EN : FIELD_LABELS)[code as Field] ?? code;
}
export function modeLabel(code: string): string {
  return (isEn() ? MODE_EN : COOPERATION_MODE_LABELS)[code as CooperationMode] ?? code;
}
export function contractTypeLabel(code: string | undefined | null): string {
  if (!code) return '';
  return (isEn() ? CONTRACT_EN : CONTRACT_TYPE_LABELS)[code as ContractType] ?? code;
}
export function trlLabel(trl: number): string {
  const stage = trlStage(trl);
  return (isEn() ? STAGE_EN : TRL_STAGE_LABELS)[stage];
}

export const fieldOptions = computed(() => FIELDS.map((value) => ({ value, label: fieldLabel(value) })));
export const modeOptions = computed(() => COOPERATION_MODES.map((value) => ({ value, label: modeLabel(value) })));
export const contractTypeOptions = computed(() => CONTRACT_TYPES.map((value) => ({ value, label: contractTypeLabel(value) })));

export function formatDate(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const d = typeof value === 'number' ? new Date(value < 1e12 ? value * 1000 : value) : new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatDate(value)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
