import { Module } from '@nestjs/common';
import { ListingsModule } from '@app/listings';
import { MatchingModule } from '@app/matching';
import { DeclineStatsController } from './decline-stats.controller.js';
import { DemandsController } from './demands.controller.js';
import { InquiriesController } from './inquiries.controller.js';
import { MyListingsController } from './my-listings.controller.js';
import { OutcomesController } from './outcomes.controller.js';
import { ReviewController } from './review.controller.js';

@Module({
  imports: [ListingsModule, MatchingModule],
  controllers: [DemandsController, OutcomesController, MyListingsController, ReviewController, InquiriesController, DeclineStatsController],
})
export class ListingsHttpModule {}
