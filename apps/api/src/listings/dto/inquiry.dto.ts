import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { ValidationFailedError } from '@app/common';
import {
  INQUIRY_DECLINE_REASON_LABELS,
  INQUIRY_DECLINE_REASONS,
  INQUIRY_STATUS_LABELS,
  INQUIRY_STATUSES,
  LISTING_KINDS,
  type InquiryDeclineReason,
  type InquiryMessage,
  type InquirySide,
  type InquiryStatus,
  type InquiryView,
  type ListingKind,
  type OpenInquiryInput,
} from '@app/listings';
import type { Principal } from '@app/accounts';
import { PageQuery } from '../../http/paging.js';
import { trim } from './listing.rules.js';

export class InquiryMatchOriginDto {
  @ApiProperty({ type: String, format: 'uuid', description: 'the listing of the other kind whose matches showed this one' })
  @IsUUID('4', { message: 'fromMatch.listingId must be a UUID' })
  listingId: string;

  @ApiProperty({ type: Number, minimum: 1, maximum: 100, description: 'its rank among those matches, 1 = best' })
  @IsInt({ message: 'fromMatch.rank must be a whole number' })
  @Min(1)
  @Max(100)
  rank: number;
}

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

  @ApiPropertyOptional({ type: InquiryMatchOriginDto, description: 'sent when the inquiry starts from a match (attribution)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => InquiryMatchOriginDto)
  fromMatch?: InquiryMatchOriginDto;
}

export function toOpenInquiryInput(dto: CreateInquiryDto): OpenInquiryInput {
  if ((dto.demandId === undefined) === (dto.outcomeId === undefined)) {
    throw ValidationFailedError.forField(
      dto.demandId === undefined ? 'demandId' : 'outcomeId',
      'give exactly one of demandId or outcomeId',
    );
  }
  const fromMatch = dto.fromMatch ? { listingId: dto.fromMatch.listingId, rank: dto.fromMatch.rank } : null;
  return dto.demandId
    ? { listingKind: 'demand', listingId: dto.demandId, message: dto.message, fromMatch }
    : { listingKind: 'outcome', listingId: dto.outcomeId!, message: dto.message, fromMatch };
}

export class InquiryMessageDto {
  @ApiProperty({ type: String, minLength: 1, maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  body: string;
}

export class DeclineInquiryDto {
  @ApiProperty({
    enum: INQUIRY_DECLINE_REASONS,
    description: Object.entries(INQUIRY_DECLINE_REASON_LABELS)
      .map(([code, label]) => `${code} ${label}`)
      .join('; '),
  })
  @IsIn(INQUIRY_DECLINE_REASONS, { message: `reason must be one of ${INQUIRY_DECLINE_REASONS.join(', ')}` })
  reason: InquiryDeclineReason;

  @ApiPropertyOptional({ type: String, maxLength: 500, description: 'a word to the asker' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 500)
  note?: string;
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
  @IsIn(INQUIRY_STATUSES, { message: 'status must be open, closed or declined' })
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
  @ApiProperty({ type: InquiryMatchOriginDto, nullable: true, description: 'the match it started from, if any' })
  fromMatch: InquiryMatchOriginDto | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
  @ApiProperty({ enum: INQUIRY_DECLINE_REASONS, nullable: true, description: 'why the listing’s owner declined' })
  declineReason: InquiryDeclineReason | null;
  @ApiProperty({ type: String, nullable: true, example: '时机未到' }) declineReasonLabel: string | null;
  @ApiProperty({ type: String, nullable: true }) declineNote: string | null;
  @ApiPropertyOptional({ type: [InquiryMessageResponse], description: 'oldest first; on single reads' })
  messages?: InquiryMessageResponse[];
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
    fromMatch: i.matchListingId ? { listingId: i.matchListingId, rank: i.matchRank ?? 1 } : null,
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
    closedAt: i.closedAt ? i.closedAt.toISOString() : null,
    declineReason: i.declineReason,
    declineReasonLabel: i.declineReason ? INQUIRY_DECLINE_REASON_LABELS[i.declineReason] : null,
    declineNote: i.declineNote,
    ...(view.messages ? { messages: view.messages.map((m) => toInquiryMessageResponse(m, viewer)) } : {}),
  };
}
