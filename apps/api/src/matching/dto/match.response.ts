import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
import type { Responsiveness } from '@app/listings';
import type { DemandMatch, OutcomeMatch } from '@app/matching';
import type { DemandDocument, OutcomeDocument } from '@app/search';
import { ResponsivenessResponse, toResponsivenessResponse, yuanLabel } from '../../listings/dto/listing.response.js';

/** A matched listing as the index holds it: published, and never with contact details. */
class MatchedListingBase {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) title: string;
  @ApiProperty({ enum: FIELDS }) field: Field;
  @ApiProperty({ type: String, example: '现代农业' }) fieldLabel: string;
  @ApiProperty({ type: [String] }) keywords: string[];
  @ApiProperty({ type: String, format: 'uuid' }) organizationId: string;
  @ApiProperty({ type: String }) organizationName: string;
  @ApiProperty({ type: String, format: 'date-time' }) publishedAt: string;
}

export class MatchedOutcome extends MatchedListingBase {
  @ApiProperty({ type: String }) abstract: string;
  @ApiProperty({ type: Number, minimum: 1, maximum: 9 }) trl: number;
  @ApiProperty({ enum: TRL_STAGES }) stage: TrlStage;
  @ApiProperty({ type: String, example: '中试' }) stageLabel: string;
  @ApiProperty({ enum: COOPERATION_MODES, isArray: true }) transferModes: CooperationMode[];
  @ApiProperty({ type: [String] }) transferModeLabels: string[];
  @ApiProperty({ type: String, nullable: true, description: 'yuan; null = 面议' }) askingPrice: string | null;
  @ApiProperty({ type: String, example: '80万元' }) priceLabel: string;
}

export class MatchedDemand extends MatchedListingBase {
  @ApiProperty({ type: String }) description: string;
  @ApiProperty({ type: String }) region: string;
  @ApiProperty({ type: String, example: '浙江省丽水市景宁畲族自治县' }) regionName: string;
  @ApiProperty({ enum: COOPERATION_MODES, isArray: true }) cooperationModes: CooperationMode[];
  @ApiProperty({ type: [String] }) cooperationModeLabels: string[];
  @ApiProperty({ type: String, nullable: true, description: 'yuan; null = 面议' }) budgetMax: string | null;
  @ApiProperty({ type: String, example: '20万元' }) budgetLabel: string;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) deadline: string | null;
}

export class OutcomeMatchItem {
  @ApiProperty({ type: MatchedOutcome }) outcome: MatchedOutcome;
  @ApiProperty({ type: Number, description: '0–1, higher is better; items are sorted by it' }) score: number;
  @ApiProperty({ type: [String], example: ['关键词: 茶多酚, 提取', '价格在预算内', '已达中试阶段'] }) reasons: string[];
  @ApiPropertyOptional({
    type: ResponsivenessResponse,
    description: "how the counterpart's organization answers inquiries (last 90 days); only with 3 or more inquiries",
  })
  responsiveness?: ResponsivenessResponse;
}

export class DemandMatchItem {
  @ApiProperty({ type: MatchedDemand }) demand: MatchedDemand;
  @ApiProperty({ type: Number, description: '0–1, higher is better; items are sorted by it' }) score: number;
  @ApiProperty({ type: [String], example: ['关键词: 萎凋, 白茶', '合作方式一致: 转让'] }) reasons: string[];
  @ApiPropertyOptional({
    type: ResponsivenessResponse,
    description: "how the counterpart's organization answers inquiries (last 90 days); only with 3 or more inquiries",
  })
  responsiveness?: ResponsivenessResponse;
}

const COMPUTED_AT = 'when the stored list was computed (counterparts published since are scored into it as they come)';

export class OutcomeMatchesResponse {
  @ApiProperty({ type: [OutcomeMatchItem] }) items: OutcomeMatchItem[];
  @ApiProperty({ type: String, format: 'date-time', description: COMPUTED_AT }) computedAt: string;
}

export class DemandMatchesResponse {
  @ApiProperty({ type: [DemandMatchItem] }) items: DemandMatchItem[];
  @ApiProperty({ type: String, format: 'date-time', description: COMPUTED_AT }) computedAt: string;
}

const fen = (value: number | null): bigint | null => (value === null ? null : BigInt(value));
const isoSeconds = (seconds: number): string => new Date(seconds * 1000).toISOString();

function base(doc: OutcomeDocument | DemandDocument): MatchedListingBase {
  return {
    id: doc.id,
    title: doc.title,
    field: doc.field,
    fieldLabel: FIELD_LABELS[doc.field],
    keywords: doc.keywords,
    organizationId: doc.organizationId,
    organizationName: doc.organizationName,
    publishedAt: isoSeconds(doc.publishedAt),
  };
}

export function toMatchedOutcome(doc: OutcomeDocument): MatchedOutcome {
  const price = fen(doc.askingPriceFen);
  return {
    ...base(doc),
    abstract: doc.abstract,
    trl: doc.trl,
    stage: doc.stage,
    stageLabel: TRL_STAGE_LABELS[doc.stage],
    transferModes: doc.transferModes,
    transferModeLabels: doc.transferModes.map((m) => COOPERATION_MODE_LABELS[m]),
    askingPrice: price === null ? null : formatFen(price),
    priceLabel: yuanLabel(price),
  };
}

export function toMatchedDemand(doc: DemandDocument): MatchedDemand {
  const budget = fen(doc.budgetMaxFen);
  return {
    ...base(doc),
    description: doc.description,
    region: doc.region,
    regionName: regionName(doc.region),
    cooperationModes: doc.cooperationModes,
    cooperationModeLabels: doc.cooperationModes.map((m) => COOPERATION_MODE_LABELS[m]),
    budgetMax: budget === null ? null : formatFen(budget),
    budgetLabel: yuanLabel(budget),
    deadline: doc.deadline === null ? null : dateInChina(doc.deadline),
  };
}

type Owners = Map<string, Responsiveness>;
const ownerOf = (owners: Owners, orgId: string) => {
  const r = owners.get(orgId);
  return r ? { responsiveness: toResponsivenessResponse(r) } : {};
};

export function toOutcomeMatchesResponse(
  matches: { items: OutcomeMatch[]; computedAt: Date },
  owners: Owners = new Map(),
): OutcomeMatchesResponse {
  return {
    items: matches.items.map((m) => ({
      outcome: toMatchedOutcome(m.outcome),
      score: m.score,
      reasons: m.reasons,
      ...ownerOf(owners, m.outcome.organizationId),
    })),
    computedAt: matches.computedAt.toISOString(),
  };
}

export function toDemandMatchesResponse(
  matches: { items: DemandMatch[]; computedAt: Date },
  owners: Owners = new Map(),
): DemandMatchesResponse {
  return {
    items: matches.items.map((m) => ({
      demand: toMatchedDemand(m.demand),
      score: m.score,
      reasons: m.reasons,
      ...ownerOf(owners, m.demand.organizationId),
    })),
    computedAt: matches.computedAt.toISOString(),
  };
}
