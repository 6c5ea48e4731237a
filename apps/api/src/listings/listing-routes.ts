/** What a demand's and an outcome's routes do not share: their request and response classes. */
import { CreateDemandDto } from './dto/create-demand.dto.js';
import { CreateOutcomeDto } from './dto/create-outcome.dto.js';
import { DemandResponse, OutcomeResponse, toDemandResponse, toOutcomeResponse } from './dto/listing.response.js';
import { SearchDemandsQuery, SearchOutcomesQuery, toDemandSearch, toOutcomeSearch } from './dto/search-listings.query.js';
import { DemandSearchResponse, OutcomeSearchResponse, toDemandSearchResponse, toOutcomeSearchResponse } from './dto/search.response.js';
import { UpdateDemandDto } from './dto/update-demand.dto.js';
import { UpdateOutcomeDto } from './dto/update-outcome.dto.js';
import { listingRoutes } from './listing.controller.js';

export const DEMAND_ROUTES = listingRoutes({
  kind: 'demand',
  dto: { create: CreateDemandDto, update: UpdateDemandDto, search: SearchDemandsQuery },
  response: { listing: DemandResponse, search: DemandSearchResponse },
  map: { listing: toDemandResponse, search: toDemandSearch, found: toDemandSearchResponse },
});

export const OUTCOME_ROUTES = listingRoutes({
  kind: 'outcome',
  dto: { create: CreateOutcomeDto, update: UpdateOutcomeDto, search: SearchOutcomesQuery },
  response: { listing: OutcomeResponse, search: OutcomeSearchResponse },
  map: { listing: toOutcomeResponse, search: toOutcomeSearch, found: toOutcomeSearchResponse },
});
