import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/accounts';
import { ListingReviewService } from '@app/listings';
import { ReviewQueueQuery } from './dto/list-listings.query.js';
import { ReviewPageResponse, toReviewItemResponse } from './dto/listing.response.js';

@ApiTags('review')
@ApiBearerAuth()
@Controller('review')
export class ReviewController {
  constructor(private readonly review: ListingReviewService) {}

  @Get()
  @Roles('bureau')
  @ApiOkResponse({ type: ReviewPageResponse, description: 'listings by status (pending by default), oldest first' })
  async queue(@Query() query: ReviewQueueQuery): Promise<ReviewPageResponse> {
    const [rows, total] = await this.review.reviewQueue(query.type, query.status, query.page, query.limit);
    return { items: rows.map(toReviewItemResponse), total, page: query.page, limit: query.limit };
  }
}
