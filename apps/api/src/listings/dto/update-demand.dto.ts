import { PartialType } from '@nestjs/swagger';
import { CreateDemandDto } from './create-demand.dto.js';

/** Any subset of the demand's fields; required fields may not be null. Editing sends the demand back to review. */
export class UpdateDemandDto extends PartialType(CreateDemandDto, { skipNullProperties: false }) {}
