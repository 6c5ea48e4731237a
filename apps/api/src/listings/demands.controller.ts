import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ListingController } from './listing.controller.js';
import { DEMAND_ROUTES } from './listing-routes.js';

/** 技术需求: enterprises post them, the bureau reviews them, anyone searches the published ones. */
@ApiTags('demands')
@Controller('demands')
export class DemandsController extends ListingController(DEMAND_ROUTES) {}
