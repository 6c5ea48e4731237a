import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CONTRACT_TYPE_LABELS, CONTRACT_TYPES, formatFen, type ContractType } from '@app/common';
import { DEAL_STATUS_LABELS, DEAL_STATUSES, type DealNoticeObjection, type DealStatus, type NoticeView } from '@app/deals';
import { PageQuery } from '../../http/paging.js';

const NOTICE_STATES = ['running', 'ended'] as const;

export class ListNoticesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: NOTICE_STATES, description: 'running notices, or the archive of ended ones; both when left out' })
  @IsOptional()
  @IsIn(NOTICE_STATES, { message: 'state must be running or ended' })
  state?: (typeof NOTICE_STATES)[number];
}

export class ObjectionDto {
  @ApiProperty({ type: String, maxLength: 1000, description: '异议内容' })
  @IsString({ message: 'text is required (请填写异议内容)' })
  @MaxLength(1000, { message: 'text must be at most 1000 characters' })
  text: string;
}

export class ResolveObjectionDto {
  @ApiProperty({ type: String, maxLength: 1000, description: '处理意见' })
  @IsString({ message: 'resolution is required (请填写处理意见)' })
  @MaxLength(1000, { message: 'resolution must be at most 1000 characters' })
  resolution: string;
}

export class ObjectionResponse {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) text: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true }) resolution: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) resolvedAt: string | null;
}

export class NoticeResponse {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, description: 'what the deal is about: the outcome, else the contract name' }) subject: string;
  @ApiProperty({ type: String }) buyer: string;
  @ApiProperty({ type: String }) seller: string;
  @ApiProperty({ enum: CONTRACT_TYPES }) contractType: ContractType;
  @ApiProperty({ type: String, example: '技术转让' }) contractTypeLabel: string;
  @ApiProperty({ type: String, example: '1250000.00', description: '成交额 in yuan' }) amount: string;
  @ApiProperty({ type: String, example: '1250000.00', description: '技术交易额 in yuan' }) technologyAmount: string;
  @ApiProperty({ type: String, format: 'date' }) signedAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) startsAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) endsAt: string;
  @ApiProperty({ type: Boolean }) running: boolean;
  @ApiProperty({ enum: DEAL_STATUSES }) dealStatus: DealStatus;
  @ApiProperty({ type: String }) dealStatusLabel: string;
  @ApiProperty({ type: Number }) openObjections: number;
  @ApiProperty({ type: [ObjectionResponse], description: 'objections and the bureau’s answers (who objected is not shown)' })
  objections: ObjectionResponse[];
}

export const toObjectionResponse = (o: DealNoticeObjection): ObjectionResponse => ({
  id: o.id,
  text: o.text,
  createdAt: o.createdAt.toISOString(),
  resolution: o.resolution,
  resolvedAt: o.resolvedAt ? o.resolvedAt.toISOString() : null,
});

export const toNoticeResponse = (n: NoticeView): NoticeResponse => ({
  id: n.id,
  subject: n.subject,
  buyer: n.buyerName,
  seller: n.sellerName,
  contractType: n.contractType as ContractType,
  contractTypeLabel: CONTRACT_TYPE_LABELS[n.contractType as ContractType],
  amount: formatFen(n.amountFen),
  technologyAmount: formatFen(n.technologyAmountFen),
  signedAt: n.signedAt,
  startsAt: new Date(n.startsAt).toISOString(),
  endsAt: new Date(n.endsAt).toISOString(),
  running: n.running,
  dealStatus: n.dealStatus as DealStatus,
  dealStatusLabel: DEAL_STATUS_LABELS[n.dealStatus as DealStatus],
  openObjections: n.openObjections,
  objections: n.objectionList.map(toObjectionResponse),
});
