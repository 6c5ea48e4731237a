import type { CooperationMode, Field, TrlStage } from '@app/common';

/**
 * What the search indexes hold: published listings only, with the organization's name
 * denormalized. Money is fen as a number (exact below 2^53) so that range filters work;
 * times are epoch seconds so that they sort and filter.
 */
export interface DemandDocument {
  id: string;
  title: string;
  description: string;
  field: Field;
  keywords: string[];
  region: string;
  /** The region's province, city and county prefixes (`33`, `3311`, `331127`): a region search filters on one. */
  regionPrefixes: string[];
  cooperationModes: CooperationMode[];
  budgetMaxFen: number | null;
  deadline: number | null;
  organizationId: string;
  organizationName: string;
  publishedAt: number;
  [key: string]: unknown;
}

export interface OutcomeDocument {
  id: string;
  title: string;
  abstract: string;
  field: Field;
  keywords: string[];
  trl: number;
  stage: TrlStage;
  ipType: string | null;
  transferModes: CooperationMode[];
  askingPriceFen: number | null;
  organizationId: string;
  organizationName: string;
  publishedAt: number;
  [key: string]: unknown;
}
