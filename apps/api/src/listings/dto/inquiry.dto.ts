import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { ValidationFailedError } from '@app/common';
import {
  INQUIRY_STATUS_LABELS,
  INQUIRY_STATUSES,
  LISTING_KINDS,
  type InquiryMessage,
  type InquirySide,
  type InquiryStatus,
  type InquiryView,
  type ListingKind,
  type OpenInquiryInput,
} from '@app/listings';
import type { Principal } from '@app/accounts';
import { PageQuery } from './list-listings.query.js';
import { trim } from './listing.rules.js';

export class CreateInquiryDto {
  @ApiPropertyOptional({ type: String, format: 'uuid', description: 'exactly one of demandId and outcomeId' })
  @IsOptional()
  @IsUUID('4', { message: 'demandId must be a UUID' })
  demandId?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', description: 'exactly one of demandId and outcomeId' })
  @IsOptional()
  @IsUUID('4', { message: 'outcomeId must be a UUID' })
  outcomeId?: string;

  @ApiProperty({ type: String, minLength: 1, maxLength: 2000, example: '贵单位的茶多酚提取技术能否在我司现有产线上中试？' })
  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  message: string;
}

export function toOpenInquiryInput(dto: CreateInquiryDto): OpenInquiryInput {
  if ((dto.demandId === undefined) === (dto.outcomeId === undefined)) {
    throw ValidationFailedError.forField(
      dto.demandId === undefined ? 'demandId' : 'outcomeId',
      'give exactly one of demandId or outcomeId',
    );
  }
  return dto.demandId
    ? { listingKind: 'demand', listingId: dto.demandId, message: dto.message }
    : { listingKind: 'outcome', listingId: dto.outcomeId!, message: dto.message };
}

export class InquiryMessageDto {
  @ApiProperty({ type: String, minLength: 1, maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  body: string;
}

export class ListInquiriesQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: ['sent', 'received'],
    description: 'sent: opened by my organization; received: on my listings; both when absent',
  })
  @IsOptional()
  @IsIn(['sent', 'received'], { message: 'side must be sent or received' })
  side?: InquirySide;

  @ApiPropertyOptional({ enum: INQUIRY_STATUSES })
  @IsOptional()
  @IsIn(INQUIRY_STATUSES, { message: 'status must be open or closed' })
  status?: InquiryStatus;
}

export class OrganizationRef {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) name: string;
}

export class ListingRef {
  @ApiProperty({ enum: LISTING_KINDS }) type: ListingKind;
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) title: string;
}

export class InquiryMessageResponse {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid' }) organizationId: string;
  @ApiProperty({ type: String }) authorName: string;
  @ApiProperty({ type: Boolean, description: 'written by the caller’s organization' }) mine: boolean;
  @ApiProperty({ type: String }) body: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class InquiryResponse {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: ListingRef }) listing: ListingRef;
  @ApiProperty({ enum: INQUIRY_STATUSES }) status: InquiryStatus;
  @ApiProperty({ type: String, example: '对接中' }) statusLabel: string;
  @ApiProperty({ enum: ['sent', 'received'], description: 'sent: my organization opened it' }) side: InquirySide;
  @ApiProperty({ type: OrganizationRef, description: 'the listing’s owner' }) owner: OrganizationRef;
  @ApiProperty({ type: OrganizationRef, description: 'the organization that opened the inquiry' }) requester: OrganizationRef;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
  @ApiPropertyOptional({ type: [InquiryMessageResponse], description: 'oldest first; on single reads' })
  messages?: InquiryMessageResponse[];
}

export class InquiryPageResponse {
  @ApiProperty({ type: [InquiryResponse] }) items: InquiryResponse[];
  @ApiProperty({ type: Number }) total: number;
  @ApiProperty({ type: Number }) page: number;
  @ApiProperty({ type: Number }) limit: number;
}

export const toInquiryMessageResponse = (m: InquiryMessage, viewer: Principal): InquiryMessageResponse => ({
  id: m.id,
  organizationId: m.organizationId,
  authorName: m.authorName,
  mine: m.organizationId === viewer.organizationId,
  body: m.body,
  createdAt: m.createdAt.toISOString(),
});

export function toInquiryResponse(view: InquiryView, viewer: Principal): InquiryResponse {
  const { inquiry: i, organizationNames: names } = view;
  return {
    id: i.id,
    listing: { type: i.listingKind, id: i.listingId, title: i.listingTitle },
    status: i.status,
    statusLabel: INQUIRY_STATUS_LABELS[i.status],
    side: i.requesterOrganizationId === viewer.organizationId ? 'sent' : 'received',
    owner: { id: i.ownerOrganizationId, name: names[i.ownerOrganizationId] ?? '' },
    requester: { id: i.requesterOrganizationId, name: names[i.requesterOrganizationId] ?? '' },
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
    closedAt: i.closedAt ? i.closedAt.toISOString() : null,
    ...(view.messages ? { messages: view.messages.map((m) => toInquiryMessageResponse(m, viewer)) } : {}),
  };
}
