import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COOPERATION_MODE_LABELS,
  COOPERATION_MODES,
  FIELD_LABELS,
  FIELDS,
  formatFen,
  TRL_STAGE_LABELS,
  TRL_STAGES,
  trlStage,
  type CooperationMode,
  type Field,
  type TrlStage,
} from '@app/common';
import {
  IP_TYPE_LABELS,
  IP_TYPES,
  LISTING_KINDS,
  LISTING_STATUS_LABELS,
  LISTING_STATUSES,
  type Demand,
  type IpType,
  type ListingAccess,
  type ListingKind,
  type ListingStatus,
  type ListingStatusHistory,
  type Outcome,
  type ReviewQueueRow,
} from '@app/listings';

export const NEGOTIABLE = '面议';

class ListingBase {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) title: string;
  @ApiProperty({ enum: FIELDS }) field: Field;
  @ApiProperty({ type: String, example: '现代农业' }) fieldLabel: string;
  @ApiProperty({ type: [String] }) keywords: string[];
  @ApiProperty({ enum: LISTING_STATUSES }) status: ListingStatus;
  @ApiProperty({ type: String, example: '已发布' }) statusLabel: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'owners and the bureau only' }) rejectReason?: string | null;
  @ApiProperty({ type: String, format: 'uuid' }) organizationId: string;
  @ApiProperty({ type: String }) organizationName: string;
  @ApiProperty({ type: Boolean, description: 'whether contact fields are shown to this reader' }) contactVisible: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) contactName?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) contactPhone?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) contactEmail?: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

export class DemandResponse extends ListingBase {
  @ApiProperty({ type: String }) description: string;
  @ApiProperty({ type: String, nullable: true, example: '500000.00', description: 'yuan; null = 面议' }) budgetMax: string | null;
  @ApiProperty({ type: String, example: '50万元以内 / 面议' }) budgetLabel: string;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) deadline: string | null;
  @ApiProperty({ type: String }) region: string;
  @ApiProperty({ enum: COOPERATION_MODES, isArray: true }) cooperationModes: CooperationMode[];
  @ApiProperty({ type: [String], example: ['合作开发'] }) cooperationModeLabels: string[];
}

export class OutcomeResponse extends ListingBase {
  @ApiProperty({ type: String }) abstract: string;
  @ApiProperty({ type: Number, minimum: 1, maximum: 9 }) trl: number;
  @ApiProperty({ enum: TRL_STAGES }) stage: TrlStage;
  @ApiProperty({ type: String, example: '中试' }) stageLabel: string;
  @ApiProperty({ enum: IP_TYPES, nullable: true }) ipType: IpType | null;
  @ApiProperty({ type: String, nullable: true, example: '发明专利' }) ipTypeLabel: string | null;
  @ApiProperty({ type: [String], example: ['201310699744.2'] }) patentNumbers: string[];
  @ApiProperty({ enum: COOPERATION_MODES, isArray: true }) transferModes: CooperationMode[];
  @ApiProperty({ type: [String], example: ['转让', '许可'] }) transferModeLabels: string[];
  @ApiProperty({ type: String, nullable: true, example: '800000.00', description: 'yuan; null = 面议' }) askingPrice: string | null;
  @ApiProperty({ type: String, example: '80万元 / 面议' }) priceLabel: string;
}

export class DemandPageResponse {
  @ApiProperty({ type: [DemandResponse] }) items: DemandResponse[];
  @ApiProperty({ type: Number }) total: number;
  @ApiProperty({ type: Number }) page: number;
  @ApiProperty({ type: Number }) limit: number;
}

export class OutcomePageResponse {
  @ApiProperty({ type: [OutcomeResponse] }) items: OutcomeResponse[];
  @ApiProperty({ type: Number }) total: number;
  @ApiProperty({ type: Number }) page: number;
  @ApiProperty({ type: Number }) limit: number;
}

export class StatusHistoryResponse {
  @ApiProperty({ enum: LISTING_STATUSES, nullable: true }) from: ListingStatus | null;
  @ApiProperty({ enum: LISTING_STATUSES }) to: ListingStatus;
  @ApiProperty({ type: String, example: '已发布' }) toLabel: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorUserId: string | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) at: string;
}

export class ReviewItemResponse {
  @ApiProperty({ enum: LISTING_KINDS }) type: ListingKind;
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) title: string;
  @ApiProperty({ enum: FIELDS }) field: Field;
  @ApiProperty({ type: String }) fieldLabel: string;
  @ApiProperty({ enum: LISTING_STATUSES }) status: ListingStatus;
  @ApiProperty({ type: String }) statusLabel: string;
  @ApiProperty({ type: String, format: 'uuid' }) organizationId: string;
  @ApiProperty({ type: String }) organizationName: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'last change: submission or edit' }) updatedAt: string;
}

export class ReviewPageResponse {
  @ApiProperty({ type: [ReviewItemResponse] }) items: ReviewItemResponse[];
  @ApiProperty({ type: Number }) total: number;
  @ApiProperty({ type: Number }) page: number;
  @ApiProperty({ type: Number }) limit: number;
}

/** "50万元" style amounts for people; the exact decimal string travels beside it. */
export function yuanLabel(fen: bigint | null): string {
  if (fen === null) return NEGOTIABLE;
  const yuan = formatFen(fen).replace(/\.00$/, '');
  return fen % 1_000_000n === 0n && fen > 0n ? `${(fen / 1_000_000n).toString()}万元` : `${yuan}元`;
}

const modeLabels = (modes: CooperationMode[]) => modes.map((m) => COOPERATION_MODE_LABELS[m]);

function base(l: Demand | Outcome, access: ListingAccess): ListingBase {
  return {
    id: l.id,
    title: l.title,
    field: l.field,
    fieldLabel: FIELD_LABELS[l.field],
    keywords: l.keywords,
    status: l.status,
    statusLabel: LISTING_STATUS_LABELS[l.status],
    ...(access.review ? { rejectReason: l.rejectReason } : {}),
    organizationId: l.organizationId,
    organizationName: l.organization?.name ?? '',
    contactVisible: access.contacts,
    ...(access.contacts ? { contactName: l.contactName, contactPhone: l.contactPhone, contactEmail: l.contactEmail } : {}),
    publishedAt: l.publishedAt ? l.publishedAt.toISOString() : null,
    createdAt: l.createdAt.toISOString(),
    updatedAt: l.updatedAt.toISOString(),
  };
}

export const toDemandResponse = (d: Demand, access: ListingAccess): DemandResponse => ({
  ...base(d, access),
  description: d.description,
  budgetMax: d.budgetMaxFen === null ? null : formatFen(d.budgetMaxFen),
  budgetLabel: d.budgetMaxFen === null ? NEGOTIABLE : `${yuanLabel(d.budgetMaxFen)}以内`,
  deadline: d.deadline,
  region: d.region,
  cooperationModes: d.cooperationModes,
  cooperationModeLabels: modeLabels(d.cooperationModes),
});

export const toOutcomeResponse = (o: Outcome, access: ListingAccess): OutcomeResponse => ({
  ...base(o, access),
  abstract: o.abstract,
  trl: o.trl,
  stage: trlStage(o.trl),
  stageLabel: TRL_STAGE_LABELS[trlStage(o.trl)],
  ipType: o.ipType,
  ipTypeLabel: o.ipType ? IP_TYPE_LABELS[o.ipType] : null,
  patentNumbers: o.patentNumbers,
  transferModes: o.transferModes,
  transferModeLabels: modeLabels(o.transferModes),
  askingPrice: o.askingPriceFen === null ? null : formatFen(o.askingPriceFen),
  priceLabel: yuanLabel(o.askingPriceFen),
});

/** What an owner sees of their own listing. */
export const OWNER_ACCESS: ListingAccess = { visible: true, isOwner: true, contacts: true, review: true };

export const toStatusHistoryResponse = (h: ListingStatusHistory): StatusHistoryResponse => ({
  from: h.fromStatus,
  to: h.toStatus,
  toLabel: LISTING_STATUS_LABELS[h.toStatus],
  actorUserId: h.actorUserId,
  reason: h.reason,
  at: h.createdAt.toISOString(),
});

export const toReviewItemResponse = (r: ReviewQueueRow): ReviewItemResponse => ({
  type: r.kind,
  id: r.id,
  title: r.title,
  field: r.field as Field,
  fieldLabel: FIELD_LABELS[r.field as Field],
  status: r.status,
  statusLabel: LISTING_STATUS_LABELS[r.status],
  organizationId: r.organizationId,
  organizationName: r.organizationName,
  updatedAt: r.updatedAt.toISOString(),
});
