import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LISTING_KINDS, LISTING_STATUSES, type ListingKind, type ListingStatus } from '@app/listings';
import { PageQuery } from '../../http/paging.js';

export class MyListingsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: LISTING_STATUSES, description: 'any status when absent' })
  @IsOptional()
  @IsIn(LISTING_STATUSES, { message: `status must be one of ${LISTING_STATUSES.join(', ')}` })
  status?: ListingStatus;
}

export class ReviewQueueQuery extends PageQuery {
  @ApiPropertyOptional({ enum: LISTING_KINDS, description: 'both kinds when absent' })
  @IsOptional()
  @IsIn(LISTING_KINDS, { message: 'type must be demand or outcome' })
  type?: ListingKind;

  @ApiPropertyOptional({ enum: LISTING_STATUSES, default: 'pending' })
  @IsOptional()
  @IsIn(LISTING_STATUSES, { message: `status must be one of ${LISTING_STATUSES.join(', ')}` })
  status: ListingStatus = 'pending';
}
