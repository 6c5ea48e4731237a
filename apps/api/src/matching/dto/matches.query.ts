import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

export class MatchesQuery {
  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 50, default: 10, description: 'how many matches, best first' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 10;
}
