import { ApiProperty } from '@nestjs/swagger';
import { regionName } from '@app/regions';
import { CONTRACT_TYPE_LABELS, CONTRACT_TYPES, FIELD_LABELS, FIELDS, formatFen, type ContractType, type Field } from '@app/common';
import {
  DEAL_PRICING_LABELS,
  DEAL_PRICINGS,
  DEAL_STATUS_LABELS,
  DEAL_STATUSES,
  PAYMENT_MODES,
  type AcceptedDeal,
  type DealDetailView,
  type DealPricing,
  type DealStatus,
  type DealView,
  type PaymentMode,
} from '@app/deals';

export class AcceptedDealResponse {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ enum: DEAL_STATUSES }) status: DealStatus;
}

export class DealPartyResponse {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) name: string;
}

export class DealResponse {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ enum: DEAL_STATUSES }) status: DealStatus;
  @ApiProperty({ type: String, example: '已入账' }) statusLabel: string;
  @ApiProperty({ type: DealPartyResponse }) buyer: DealPartyResponse;
  @ApiProperty({ type: DealPartyResponse }) seller: DealPartyResponse;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) demandId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) outcomeId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) inquiryId: string | null;
  @ApiProperty({ enum: CONTRACT_TYPES }) contractType: ContractType;
  @ApiProperty({ type: String, example: '技术开发' }) contractTypeLabel: string;
  @ApiProperty({ enum: FIELDS }) field: Field;
  @ApiProperty({ type: String, example: '现代农业' }) fieldLabel: string;
  @ApiProperty({ type: String, example: '1250000.00' }) amount: string;
  @ApiProperty({ type: String, example: '1000000.00' }) technologyAmount: string;
  @ApiProperty({ type: String, format: 'date' }) signedAt: string;
  @ApiProperty({ type: String, nullable: true }) registrationNo: string | null;
  @ApiProperty({ type: String, description: "the seller's region (6-digit division code)" }) region: string;
  @ApiProperty({ type: String, example: '浙江省丽水市景宁畲族自治县' }) regionName: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) recordedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelReason: string | null;
  @ApiProperty({ enum: DEAL_PRICINGS }) pricing: DealPricing;
  @ApiProperty({ type: String, example: '协议定价' }) pricingLabel: string;
  @ApiProperty({ type: String, nullable: true, description: '合同名称' }) title: string | null;
  @ApiProperty({ type: String, nullable: true, description: '合同类别' }) contractSubtype: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) termStart: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) termEnd: string | null;
  @ApiProperty({ enum: PAYMENT_MODES, nullable: true }) paymentMode: PaymentMode | null;
  @ApiProperty({ type: String, nullable: true, description: "the other party's reason for disputing, or the bureau's for rejecting" })
  statusReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) confirmedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) registeredAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) rejectedAt: string | null;
  @ApiProperty({ type: Boolean, description: 'at or above LARGE_CONTRACT_YUAN: flagged for expert review (重大技术合同)' })
  large: boolean;
  @ApiProperty({
    type: String,
    format: 'uuid',
    description: 'the organization that declared the deal (the bureau for registered contracts it posted)',
  })
  declaredByOrgId: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class DealHistoryEntryResponse {
  @ApiProperty({ enum: DEAL_STATUSES }) status: DealStatus;
  @ApiProperty({ type: String, example: '已入账' }) statusLabel: string;
  @ApiProperty({ type: String, description: 'the organization, 科技局, or 系统 (the recording worker)' }) actor: string;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) at: string;
}

export class DealNoticeSummaryResponse {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'date-time' }) startsAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) endsAt: string;
  @ApiProperty({ type: Boolean }) running: boolean;
  @ApiProperty({ type: Number }) openObjections: number;
}

export class DealBrokerResponse {
  @ApiProperty({ type: String, format: 'uuid' }) introductionId: string;
  @ApiProperty({ type: String, format: 'uuid' }) brokerUserId: string;
  @ApiProperty({ example: '王敏' }) brokerName: string;
  @ApiProperty({ example: '青岚科技成果转化服务中心' }) brokerOrgName: string;
}

export class DealDetailResponse extends DealResponse {
  @ApiProperty({
    type: DealBrokerResponse,
    nullable: true,
    description: 'the technology broker credited: the earliest introduction of this demand and outcome before the deal was declared',
  })
  broker: DealBrokerResponse | null;
  @ApiProperty({ type: [DealHistoryEntryResponse], description: 'every stage, oldest first' }) history: DealHistoryEntryResponse[];
  @ApiProperty({ type: DealNoticeSummaryResponse, nullable: true, description: '公示, when the deal has one' })
  notice: DealNoticeSummaryResponse | null;
  @ApiProperty({ type: Boolean, description: "the caller's organization is the party that confirms or disputes" })
  awaitsCaller: boolean;
}

export const toAcceptedDealResponse = (d: AcceptedDeal): AcceptedDealResponse => ({ id: d.id, status: d.status });

export const toDealResponse = ({ deal: d, buyerName, sellerName, large }: DealView): DealResponse => ({
  id: d.id,
  status: d.status,
  statusLabel: DEAL_STATUS_LABELS[d.status],
  buyer: { id: d.buyerOrgId, name: buyerName },
  seller: { id: d.sellerOrgId, name: sellerName },
  demandId: d.demandId,
  outcomeId: d.outcomeId,
  inquiryId: d.inquiryId,
  contractType: d.contractType,
  contractTypeLabel: CONTRACT_TYPE_LABELS[d.contractType],
  field: d.field,
  fieldLabel: FIELD_LABELS[d.field],
  amount: formatFen(d.amountFen),
  technologyAmount: formatFen(d.technologyAmountFen),
  signedAt: d.signedAt,
  registrationNo: d.registrationNo,
  region: d.region,
  regionName: regionName(d.region),
  recordedAt: d.recordedAt ? d.recordedAt.toISOString() : null,
  cancelledAt: d.cancelledAt ? d.cancelledAt.toISOString() : null,
  cancelReason: d.cancelReason,
  pricing: d.pricing,
  pricingLabel: DEAL_PRICING_LABELS[d.pricing],
  title: d.title,
  contractSubtype: d.contractSubtype,
  termStart: d.termStart,
  termEnd: d.termEnd,
  paymentMode: d.paymentMode,
  statusReason: d.statusReason,
  confirmedAt: iso(d.confirmedAt),
  registeredAt: iso(d.registeredAt),
  rejectedAt: iso(d.rejectedAt),
  large,
  declaredByOrgId: d.createdByOrgId,
  createdAt: d.createdAt.toISOString(),
});

const iso = (at: Date | null) => (at ? at.toISOString() : null);

export const toDealDetailResponse = (view: DealDetailView, broker: DealBrokerResponse | null = null): DealDetailResponse => ({
  ...toDealResponse(view),
  broker,
  history: view.history.map((h) => ({
    status: h.status,
    statusLabel: DEAL_STATUS_LABELS[h.status],
    actor: h.actorName,
    reason: h.reason,
    at: h.at.toISOString(),
  })),
  notice: view.notice && {
    id: view.notice.id,
    startsAt: view.notice.startsAt.toISOString(),
    endsAt: view.notice.endsAt.toISOString(),
    running: view.notice.running,
    openObjections: view.notice.openObjections,
  },
  awaitsCaller: view.awaitsCaller,
});
