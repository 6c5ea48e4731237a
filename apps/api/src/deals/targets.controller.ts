import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { CurrentPrincipal, Roles, type Principal } from '@app/accounts';
import { TargetsService } from '@app/deals';
import { PutTargetDto, TargetResponse, toTargetResponse } from './dto/target.dto.js';
import { YearParamPipe } from './year.pipe.js';

@ApiTags('targets')
@ApiBearerAuth()
@Controller('targets')
@Roles('bureau')
export class TargetsController {
  constructor(private readonly targets: TargetsService) {}

  @ApiOperation({ summary: 'Set the year’s targets (the bureau)' })
  @ApiErrors(400, 401, 403, 404)
  @Put(':year')
  @ApiOkResponse({ type: TargetResponse })
  async put(
    @Param('year', YearParamPipe) year: number,
    @Body() dto: PutTargetDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<TargetResponse> {
    return toTargetResponse(await this.targets.set(year, dto, principal.userId));
  }

  @ApiOperation({ summary: 'The year’s targets' })
  @ApiErrors(400, 401, 403, 404)
  @Get(':year')
  @ApiOkResponse({ type: TargetResponse })
  @ApiNotFoundResponse({ description: 'no target set for this year' })
  async get(@Param('year', YearParamPipe) year: number): Promise<TargetResponse> {
    return toTargetResponse(await this.targets.get(year));
  }
}
