import { Module } from '@nestjs/common';
import { ListingsModule } from '@app/listings';
import { CandidateSearch } from './candidate-search.js';
import { ListingMatchesService } from './listing-matches.service.js';
import { MatchingService } from './matching.service.js';

/** Matching needs the global SearchModule (and ConfigModule) of the app that imports it. */
@Module({
  imports: [ListingsModule],
  providers: [CandidateSearch, MatchingService, ListingMatchesService],
  exports: [MatchingService, ListingMatchesService],
})
export class MatchingModule {}
