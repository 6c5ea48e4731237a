import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { LISTING_KINDS, LISTING_STATUSES, type ListingKind, type ListingStatus } from '@app/listings';

export class PageQuery {
  @ApiPropertyOptional({ type: Number, default: 1, minimum: 1, maximum: 10000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10000)
  page: number = 1;

  @ApiPropertyOptional({ type: Number, default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;
}

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
