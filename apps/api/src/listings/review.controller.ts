import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { Roles } from '@app/accounts';
import { ListingReviewService } from '@app/listings';
import { PageOf, toPage, type Page } from '../http/paging.js';
import { ReviewQueueQuery } from './dto/list-listings.query.js';
import { ReviewItemResponse, toReviewItemResponse } from './dto/listing.response.js';

@ApiTags('review')
@ApiBearerAuth()
@Controller('review')
export class ReviewController {
  constructor(private readonly review: ListingReviewService) {}

  @ApiOperation({ summary: 'The bureau’s review queue: pending listings of both kinds, oldest first' })
  @ApiErrors(400, 401, 403)
  @Get()
  @Roles('bureau')
  @ApiOkResponse({
    type: PageOf(ReviewItemResponse, 'ReviewPageResponse'),
    description: 'listings by status (pending by default), oldest first',
  })
  async queue(@Query() query: ReviewQueueQuery): Promise<Page<ReviewItemResponse>> {
    return toPage(await this.review.reviewQueue(query.type, query.status, query.page, query.limit), query, toReviewItemResponse);
  }
}
