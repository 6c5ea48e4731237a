import { PartialType } from '@nestjs/swagger';
import { CreateOutcomeDto } from './create-outcome.dto.js';

/** Any subset of the outcome's fields; required fields may not be null. Editing sends the outcome back to review. */
export class UpdateOutcomeDto extends PartialType(CreateOutcomeDto, { skipNullProperties: false }) {}
