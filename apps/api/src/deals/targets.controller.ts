import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
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

  @Put(':year')
  @ApiOkResponse({ type: TargetResponse })
  async put(
    @Param('year', YearParamPipe) year: number,
    @Body() dto: PutTargetDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<TargetResponse> {
    return toTargetResponse(await this.targets.set(year, dto, principal.userId));
  }

  @Get(':year')
  @ApiOkResponse({ type: TargetResponse })
  @ApiNotFoundResponse({ description: 'no target set for this year' })
  async get(@Param('year', YearParamPipe) year: number): Promise<TargetResponse> {
    return toTargetResponse(await this.targets.get(year));
  }
}
