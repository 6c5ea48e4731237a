import { Controller, Get, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { Authenticated, CurrentPrincipal, type Principal } from '@app/accounts';
import { RegistrationFormService } from '@app/deals';
import { RegistrationFormQuery, RegistrationFormResponse } from './dto/registration-form.response.js';
import { toStreamableFile } from './export-file.js';

@ApiTags('deals')
@ApiBearerAuth()
@Controller('deals')
export class RegistrationFormController {
  constructor(private readonly forms: RegistrationFormService) {}

  @ApiOperation({ summary: 'The deal’s technology-contract registration form' })
  @ApiErrors(400, 401, 404, 409)
  @Get(':id/registration-form')
  @Authenticated()
  @ApiProduces('application/json', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({
    type: RegistrationFormResponse,
    description: '技术合同登记表, pre-filled for the registration office: JSON, or XLSX with ?format=xlsx (parties and the bureau)',
  })
  @ApiNotFoundResponse({ description: 'no such deal, or the caller is not a party' })
  @ApiConflictResponse({ description: 'the deal is not confirmed yet (declared, disputed) or was rejected or cancelled' })
  async form(
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @Query() query: RegistrationFormQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegistrationFormResponse | StreamableFile> {
    if (query.format === 'xlsx') return toStreamableFile(await this.forms.xlsx(principal, id));
    return this.forms.form(principal, id);
  }
}
