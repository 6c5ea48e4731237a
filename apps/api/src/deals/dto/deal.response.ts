import { ApiProperty } from '@nestjs/swagger';
import { CONTRACT_TYPE_LABELS, CONTRACT_TYPES, FIELD_LABELS, FIELDS, formatFen, type ContractType, type Field } from '@app/common';
import { DEAL_STATUS_LABELS, DEAL_STATUSES, type AcceptedDeal, type DealStatus, type DealView, type Notification } from '@app/deals';

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
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) recordedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelReason: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class DealPageResponse {
  @ApiProperty({ type: [DealResponse] }) items: DealResponse[];
  @ApiProperty({ type: Number }) total: number;
  @ApiProperty({ type: Number }) page: number;
  @ApiProperty({ type: Number }) limit: number;
}

export class NotificationResponse {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, enum: ['turnover_milestone'] }) kind: string;
  @ApiProperty({ type: Number }) year: number;
  @ApiProperty({ type: Number, nullable: true, example: 50 }) milestone: number | null;
  @ApiProperty({ type: String }) title: string;
  @ApiProperty({ type: String }) message: string;
  @ApiProperty({ type: String, nullable: true }) total: string | null;
  @ApiProperty({ type: String, nullable: true }) target: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class NotificationPageResponse {
  @ApiProperty({ type: [NotificationResponse] }) items: NotificationResponse[];
  @ApiProperty({ type: Number }) total: number;
  @ApiProperty({ type: Number }) page: number;
  @ApiProperty({ type: Number }) limit: number;
}

export const toAcceptedDealResponse = (d: AcceptedDeal): AcceptedDealResponse => ({ id: d.id, status: d.status });

export const toDealResponse = ({ deal: d, buyerName, sellerName }: DealView): DealResponse => ({
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
  recordedAt: d.recordedAt ? d.recordedAt.toISOString() : null,
  cancelledAt: d.cancelledAt ? d.cancelledAt.toISOString() : null,
  cancelReason: d.cancelReason,
  createdAt: d.createdAt.toISOString(),
});

export const toNotificationResponse = (n: Notification): NotificationResponse => ({
  id: n.id,
  kind: n.kind,
  year: n.year,
  milestone: n.milestone,
  title: n.title,
  message: n.message,
  total: n.totalFen === null ? null : formatFen(n.totalFen),
  target: n.targetFen === null ? null : formatFen(n.targetFen),
  createdAt: n.createdAt.toISOString(),
});
