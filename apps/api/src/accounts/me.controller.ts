import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { AccountsService, Authenticated, AuthService, CurrentPrincipal, type Principal } from '@app/accounts';
import { ChangePasswordDto, TokenResponse } from './dto/lifecycle.dto.js';
import { MeResponse, toOrganizationResponse, toUserResponse } from './dto/account.response.js';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly auth: AuthService,
  ) {}

  @ApiOperation({ summary: 'The caller, their organization and its role' })
  @ApiErrors(401)
  @Get()
  @Authenticated()
  @ApiOkResponse({ type: MeResponse })
  async me(@CurrentPrincipal() principal: Principal): Promise<MeResponse> {
    const user = await this.accounts.getUser(principal.userId);
    const org = await this.accounts.getOrganization(user.organizationId);
    return { user: toUserResponse(user), org: toOrganizationResponse(org), role: org.type };
  }

  @ApiOperation({ summary: 'Change the caller’s password; other sessions end' })
  @ApiErrors(400, 401)
  @Post('password')
  @HttpCode(200)
  @Authenticated()
  @ApiOkResponse({ type: TokenResponse, description: 'a fresh token; every other token of the caller stops working' })
  changePassword(@CurrentPrincipal() principal: Principal, @Body() dto: ChangePasswordDto): Promise<TokenResponse> {
    return this.auth.changePassword(principal.userId, dto.currentPassword, dto.newPassword);
  }
}
