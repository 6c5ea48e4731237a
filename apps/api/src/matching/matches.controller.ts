import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { InquiryStats } from '@app/listings';
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
  constructor(
    private readonly matches: ListingMatchesService,
    private readonly inquiryStats: InquiryStats,
  ) {}

  @ApiOperation({ summary: 'Outcomes that match a demand, best first, with the reasons', security: [] })
  @ApiErrors(400, 404)
  @Get('demands/:id/matches')
  @ApiOkResponse({ type: OutcomeMatchesResponse, description: 'published outcomes for a published demand, best first, with reasons' })
  async forDemand(@Param('id', uuid) id: string, @Query() query: MatchesQuery): Promise<OutcomeMatchesResponse> {
    const matches = await this.matches.forDemand(id, query.limit);
    return toOutcomeMatchesResponse(matches, await this.inquiryStats.responsiveness(matches.items.map((m) => m.outcome.organizationId)));
  }

  @ApiOperation({ summary: 'Demands that match an outcome, best first, with the reasons', security: [] })
  @ApiErrors(400, 404)
  @Get('outcomes/:id/matches')
  @ApiOkResponse({ type: DemandMatchesResponse, description: 'published demands for a published outcome, best first, with reasons' })
  async forOutcome(@Param('id', uuid) id: string, @Query() query: MatchesQuery): Promise<DemandMatchesResponse> {
    const matches = await this.matches.forOutcome(id, query.limit);
    return toDemandMatchesResponse(matches, await this.inquiryStats.responsiveness(matches.items.map((m) => m.demand.organizationId)));
  }
}
