import { Module } from '@nestjs/common';
import { CandidateSearch } from './candidate-search.js';
import { MatchingService } from './matching.service.js';

/** Matching needs the global SearchModule (and ConfigModule) of the app that imports it. */
@Module({ providers: [CandidateSearch, MatchingService], exports: [MatchingService] })
export class MatchingModule {}
