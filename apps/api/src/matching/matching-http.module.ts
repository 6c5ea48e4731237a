import { Module } from '@nestjs/common';
import { ListingsModule } from '@app/listings';
import { MatchingModule } from '@app/matching';
import { MatchesController } from './matches.controller.js';
import { SubscriptionsController } from './subscriptions.controller.js';
import { KeywordsController, VocabularyController } from './vocabulary.controller.js';

@Module({
  imports: [MatchingModule, ListingsModule],
  controllers: [MatchesController, VocabularyController, KeywordsController, SubscriptionsController],
})
export class MatchingHttpModule {}
