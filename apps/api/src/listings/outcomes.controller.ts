import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ListingController } from './listing.controller.js';
import { OUTCOME_ROUTES } from './listing-routes.js';

/** 科技成果: universities and institutes list them, the bureau reviews them, anyone searches the published ones. */
@ApiTags('outcomes')
@Controller('outcomes')
export class OutcomesController extends ListingController(OUTCOME_ROUTES) {}
