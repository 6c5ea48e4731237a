import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { regionName } from '@app/regions';
import type { Principal } from '@app/accounts';
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
  type Responsiveness,
  responsivenessLabel,
} from '@app/listings';

export const NEGOTIABLE = '面议';

export class ResponsivenessResponse {
  @ApiProperty({
    type: Number,
    example: 0.8,
    description: 'share of the inquiries of the last 90 days answered (a message by the owner side, or a decline)',
  })
  rate: number;
  @ApiProperty({ type: Number, nullable: true, example: 30.5, description: 'median hours from an inquiry to its first answer' })
  medianHours: number | null;
  @ApiProperty({ type: String, example: '通常 2 天内回复' }) label: string;
  @ApiProperty({ type: Number, description: 'inquiries of the last 90 days the figures rest on (3 or more)' }) inquiries: number;
}

export class ListingOwnerResponse {
  @ApiProperty({ type: String, format: 'uuid' }) organizationId: string;
  @ApiProperty({ type: String }) name: string;
  @ApiPropertyOptional({
    type: ResponsivenessResponse,
    description: 'how the owner answers inquiries over the last 90 days; only with 3 or more inquiries',
  })
  responsiveness?: ResponsivenessResponse;
}

export const toResponsivenessResponse = (r: Responsiveness): ResponsivenessResponse => ({
  rate: Math.round(r.rate * 1000) / 1000,
  medianHours: r.medianHours,
  label: responsivenessLabel(r),
  inquiries: r.inquiries,
});

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
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: '最近确认: published or reconfirmed by its owner' })
  confirmedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
  @ApiPropertyOptional({ type: ListingOwnerResponse, description: 'the owner organization, on a single listing (GET /:id)' })
  owner?: ListingOwnerResponse;
}

export class DemandResponse extends ListingBase {
  @ApiProperty({ type: String }) description: string;
  @ApiProperty({ type: String, nullable: true, example: '500000.00', description: 'yuan; null = 面议' }) budgetMax: string | null;
  @ApiProperty({ type: String, example: '50万元以内 / 面议' }) budgetLabel: string;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) deadline: string | null;
  @ApiProperty({ type: String, description: 'GB/T 2260 division code' }) region: string;
  @ApiProperty({ type: String, example: '浙江省丽水市景宁畲族自治县' }) regionName: string;
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

export class StatusHistoryResponse {
  @ApiProperty({ enum: LISTING_STATUSES, nullable: true }) from: ListingStatus | null;
  @ApiProperty({ enum: LISTING_STATUSES }) to: ListingStatus;
  @ApiProperty({ type: String, example: '已发布' }) toLabel: string;
  @ApiProperty({
    enum: ['bureau', 'owner', 'system'],
    description: 'who made the change: the bureau reviewing, the owner, or the market itself',
  })
  actor: HistoryActor;
  @ApiProperty({ type: String, example: '科技局' }) actorLabel: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'for the bureau only: to others a reviewer is 科技局, never a person',
  })
  actorUserId: string | null;
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
    confirmedAt: l.confirmedAt ? l.confirmedAt.toISOString() : null,
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
  regionName: regionName(d.region),
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

export type HistoryActor = 'bureau' | 'owner' | 'system';
const ACTOR_LABELS: Record<HistoryActor, string> = { bureau: '科技局', owner: '发布方', system: '系统' };

/** Only the bureau's review publishes or rejects a listing; changes without a user are the market's own (a recorded deal). */
function actorOf(h: ListingStatusHistory): HistoryActor {
  if (h.actorUserId === null) return 'system';
  return h.toStatus === 'published' || h.toStatus === 'rejected' ? 'bureau' : 'owner';
}

export const toStatusHistoryResponse = (h: ListingStatusHistory, viewer: Principal): StatusHistoryResponse => ({
  from: h.fromStatus,
  to: h.toStatus,
  toLabel: LISTING_STATUS_LABELS[h.toStatus],
  actor: actorOf(h),
  actorLabel: ACTOR_LABELS[actorOf(h)],
  actorUserId: viewer.orgType === 'bureau' ? h.actorUserId : null,
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
