import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AccountsService, Authenticated, CurrentPrincipal, type Principal } from '@app/accounts';
import { MeResponse, toOrganizationResponse, toUserResponse } from './dto/account.response.js';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: MeResponse })
  async me(@CurrentPrincipal() principal: Principal): Promise<MeResponse> {
    const user = await this.accounts.getUser(principal.userId);
    const org = await this.accounts.getOrganization(user.organizationId);
    return { user: toUserResponse(user), org: toOrganizationResponse(org), role: org.type };
  }
}
