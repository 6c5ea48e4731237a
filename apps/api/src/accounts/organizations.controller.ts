import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AccountsService, CurrentPrincipal, Roles, type Principal } from '@app/accounts';
import { ListOrganizationsQuery } from './dto/list-organizations.query.js';
import { OrganizationPageResponse, OrganizationResponse, toOrganizationResponse } from './dto/account.response.js';

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @Roles('bureau')
  @ApiOkResponse({ type: OrganizationPageResponse })
  async list(@Query() query: ListOrganizationsQuery): Promise<OrganizationPageResponse> {
    const [items, total] = await this.accounts.listOrganizations(query, query.page, query.limit);
    return { items: items.map(toOrganizationResponse), total, page: query.page, limit: query.limit };
  }

  @Get(':id')
  @Roles('bureau')
  @ApiOkResponse({ type: OrganizationResponse })
  async get(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Promise<OrganizationResponse> {
    return toOrganizationResponse(await this.accounts.getOrganization(id));
  }

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
