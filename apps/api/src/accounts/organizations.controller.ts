import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { AccountsService, CurrentPrincipal, Roles, type Principal } from '@app/accounts';
import { ListOrganizationsQuery } from './dto/list-organizations.query.js';
import { PageOf, toPage, type Page } from '../http/paging.js';
import { OrganizationResponse, toOrganizationResponse } from './dto/account.response.js';

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly accounts: AccountsService) {}

  @ApiOperation({ summary: 'Organizations, for the bureau’s verification queue' })
  @ApiErrors(400, 401, 403)
  @Get()
  @Roles('bureau')
  @ApiOkResponse({ type: PageOf(OrganizationResponse) })
  async list(@Query() query: ListOrganizationsQuery): Promise<Page<OrganizationResponse>> {
    return toPage(await this.accounts.listOrganizations(query, query.page, query.limit), query, toOrganizationResponse);
  }

  @ApiOperation({ summary: 'One organization' })
  @ApiErrors(400, 401, 403, 404)
  @Get(':id')
  @Roles('bureau')
  @ApiOkResponse({ type: OrganizationResponse })
  async get(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Promise<OrganizationResponse> {
    return toOrganizationResponse(await this.accounts.getOrganization(id));
  }

  @ApiOperation({ summary: 'Verify an organization (the bureau)' })
  @ApiErrors(400, 401, 403, 404)
  @Post(':id/verify')
  @HttpCode(200)
  @Roles('bureau')
  @ApiOkResponse({ type: OrganizationResponse })
  async verify(
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrganizationResponse> {
    return toOrganizationResponse(await this.accounts.verifyOrganization(id, principal.userId));
  }
}
