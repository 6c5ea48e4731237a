import { ApiProperty } from '@nestjs/swagger';
import { regionName } from '@app/regions';
import {
  COOPERATION_MODE_LABELS,
  dateInChina,
  COOPERATION_MODES,
  FIELD_LABELS,
  FIELDS,
  formatFen,
  TRL_STAGE_LABELS,
  TRL_STAGES,
  type CooperationMode,
  type Field,
  type TrlStage,
} from '@app/common';
import type { Highlighted, SearchPage } from '@app/listings';
import type { DemandDocument, OutcomeDocument } from '@app/search';
import { PageOf } from '../../http/paging.js';
import { yuanLabel } from './listing.response.js';

export class SearchHighlight {
  @ApiProperty({ type: String, description: 'title with matches wrapped in <em>' }) title: string;
  @ApiProperty({ type: String, description: 'cropped description/abstract around the matches, matches in <em>' }) snippet: string;
}

export class FacetCount {
  @ApiProperty({ type: String }) value: string;
  @ApiProperty({ type: String, example: '现代农业' }) label: string;
  @ApiProperty({ type: Number }) count: number;
}

class SearchItemBase {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) title: string;
  @ApiProperty({ enum: FIELDS }) field: Field;
  @ApiProperty({ type: String }) fieldLabel: string;
  @ApiProperty({ type: [String] }) keywords: string[];
  @ApiProperty({ type: String, format: 'uuid' }) organizationId: string;
  @ApiProperty({ type: String }) organizationName: string;
  @ApiProperty({ type: String, format: 'date-time' }) publishedAt: string;
  @ApiProperty({ type: SearchHighlight }) highlight: SearchHighlight;
}

/** A search hit: small, and never with contact details (the detail page decides those). */
export class DemandSearchItem extends SearchItemBase {
  @ApiProperty({ type: String, nullable: true, description: 'yuan; null = 面议' }) budgetMax: string | null;
  @ApiProperty({ type: String }) budgetLabel: string;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) deadline: string | null;
  @ApiProperty({ type: String }) region: string;
  @ApiProperty({ type: String, example: '浙江省丽水市景宁畲族自治县' }) regionName: string;
  @ApiProperty({ enum: COOPERATION_MODES, isArray: true }) cooperationModes: CooperationMode[];
  @ApiProperty({ type: [String] }) cooperationModeLabels: string[];
}

export class OutcomeSearchItem extends SearchItemBase {
  @ApiProperty({ type: Number }) trl: number;
  @ApiProperty({ enum: TRL_STAGES }) stage: TrlStage;
  @ApiProperty({ type: String }) stageLabel: string;
  @ApiProperty({ enum: COOPERATION_MODES, isArray: true }) transferModes: CooperationMode[];
  @ApiProperty({ type: [String] }) transferModeLabels: string[];
  @ApiProperty({ type: String, nullable: true, description: 'yuan; null = 面议' }) askingPrice: string | null;
  @ApiProperty({ type: String }) priceLabel: string;
}

export class DemandFacets {
  @ApiProperty({ type: [FacetCount] }) field: FacetCount[];
  @ApiProperty({ type: [FacetCount] }) modes: FacetCount[];
}

export class OutcomeFacets {
  @ApiProperty({ type: [FacetCount] }) field: FacetCount[];
  @ApiProperty({ type: [FacetCount] }) stage: FacetCount[];
  @ApiProperty({ type: [FacetCount] }) modes: FacetCount[];
}

/** A page of hits with the facet counts of the whole result. */
export class DemandSearchResponse extends PageOf(DemandSearchItem) {
  @ApiProperty({ type: DemandFacets }) facets: DemandFacets;
}

export class OutcomeSearchResponse extends PageOf(OutcomeSearchItem) {
  @ApiProperty({ type: OutcomeFacets }) facets: OutcomeFacets;
}

/** Index fen (an integer number) back to exact decimal yuan. */
const fenText = (fen: number | null) => (fen === null ? null : formatFen(BigInt(fen)));
const fenBig = (fen: number | null) => (fen === null ? null : BigInt(fen));

function facet(counts: Record<string, number> | undefined, labels: Record<string, string>): FacetCount[] {
  return Object.entries(counts ?? {})
    .filter(([value]) => value in labels)
    .map(([value, count]) => ({ value, label: labels[value], count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

function highlight<D extends { title: string }>(hit: Highlighted<D>, snippetOf: keyof D & string): SearchHighlight {
  const formatted = (hit._formatted ?? {}) as Record<string, unknown>;
  return { title: String(formatted.title ?? hit.title), snippet: String(formatted[snippetOf] ?? hit[snippetOf] ?? '') };
}

const publishedAt = (seconds: number) => new Date(seconds * 1000).toISOString();

// Hits are mapped field by field into one literal (no spread of a shared base): a search page
// maps twenty of them per request, and the literal keeps the answer's key order.
export function toDemandSearchResponse(page: SearchPage<DemandDocument>, paging: { page: number; limit: number }): DemandSearchResponse {
  return {
    items: page.hits.map((hit) => ({
      id: hit.id,
      title: hit.title,
      field: hit.field,
      fieldLabel: FIELD_LABELS[hit.field],
      keywords: hit.keywords,
      organizationId: hit.organizationId,
      organizationName: hit.organizationName,
      publishedAt: publishedAt(hit.publishedAt),
      highlight: highlight(hit, 'description'),
      budgetMax: fenText(hit.budgetMaxFen),
      budgetLabel: hit.budgetMaxFen === null ? '面议' : `${yuanLabel(fenBig(hit.budgetMaxFen))}以内`,
      deadline: hit.deadline === null ? null : dateInChina(hit.deadline),
      region: hit.region,
      regionName: regionName(hit.region),
      cooperationModes: hit.cooperationModes,
      cooperationModeLabels: hit.cooperationModes.map((m) => COOPERATION_MODE_LABELS[m]),
    })),
    total: page.total,
    page: paging.page,
    limit: paging.limit,
    facets: { field: facet(page.facets.field, FIELD_LABELS), modes: facet(page.facets.cooperationModes, COOPERATION_MODE_LABELS) },
  };
}

export function toOutcomeSearchResponse(page: SearchPage<OutcomeDocument>, paging: { page: number; limit: number }): OutcomeSearchResponse {
  return {
    items: page.hits.map((hit) => ({
      id: hit.id,
      title: hit.title,
      field: hit.field,
      fieldLabel: FIELD_LABELS[hit.field],
      keywords: hit.keywords,
      organizationId: hit.organizationId,
      organizationName: hit.organizationName,
      publishedAt: publishedAt(hit.publishedAt),
      highlight: highlight(hit, 'abstract'),
      trl: hit.trl,
      stage: hit.stage,
      stageLabel: TRL_STAGE_LABELS[hit.stage],
      transferModes: hit.transferModes,
      transferModeLabels: hit.transferModes.map((m) => COOPERATION_MODE_LABELS[m]),
      askingPrice: fenText(hit.askingPriceFen),
      priceLabel: yuanLabel(fenBig(hit.askingPriceFen)),
    })),
    total: page.total,
    page: paging.page,
    limit: paging.limit,
    facets: {
      field: facet(page.facets.field, FIELD_LABELS),
      stage: facet(page.facets.stage, TRL_STAGE_LABELS),
      modes: facet(page.facets.transferModes, COOPERATION_MODE_LABELS),
    },
  };
}
