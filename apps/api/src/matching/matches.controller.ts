import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { ListingMatchesService } from '@app/matching';
import { DemandMatchesResponse, OutcomeMatchesResponse, toDemandMatchesResponse, toOutcomeMatchesResponse } from './dto/match.response.js';
import { MatchesQuery } from './dto/matches.query.js';

const uuid = new ParseUUIDPipe({ version: '4' });

/** Two-way matching pages: anyone may read them; only published listings have matches. */
@ApiTags('matching')
@Controller()
@ApiBadRequestResponse({ description: 'malformed id, or limit outside 1–50' })
@ApiNotFoundResponse({ description: 'unknown or unpublished listing' })
@ApiServiceUnavailableResponse({ description: 'MATCHING_UNAVAILABLE: Meilisearch is not reachable' })
export class MatchesController {
  constructor(private readonly matches: ListingMatchesService) {}

  @Get('demands/:id/matches')
  @ApiOkResponse({ type: OutcomeMatchesResponse, description: 'published outcomes for a published demand, best first, with reasons' })
  async forDemand(@Param('id', uuid) id: string, @Query() query: MatchesQuery): Promise<OutcomeMatchesResponse> {
    return toOutcomeMatchesResponse(await this.matches.forDemand(id, query.limit));
  }

  @Get('outcomes/:id/matches')
  @ApiOkResponse({ type: DemandMatchesResponse, description: 'published demands for a published outcome, best first, with reasons' })
  async forOutcome(@Param('id', uuid) id: string, @Query() query: MatchesQuery): Promise<DemandMatchesResponse> {
    return toDemandMatchesResponse(await this.matches.forOutcome(id, query.limit));
  }
}
