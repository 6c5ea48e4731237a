import { Body, Controller, Get, Param, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { AuthService, InvitationsService } from '@app/accounts';
import { AuthRateLimitGuard } from '../http/auth-rate-limit.guard.js';
import { AuthResponse, toOrganizationResponse, toUserResponse } from './dto/account.response.js';
import { AcceptInvitationDto, InvitationPreviewResponse, toInvitationPreviewResponse } from './dto/members.dto.js';

/** The invited person's side of an invitation: the mailed token is the only credential. */
@ApiTags('members')
@Controller('invitations/:token')
@UseGuards(AuthRateLimitGuard)
@ApiNotFoundResponse({ description: 'LINK_INVALID: unknown, already used or expired' })
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly auth: AuthService,
  ) {}

  @ApiOperation({ summary: 'What an invitation link offers, before it is accepted', security: [] })
  @ApiErrors(404)
  @Get()
  @ApiOkResponse({ type: InvitationPreviewResponse })
  async preview(@Param('token') token: string): Promise<InvitationPreviewResponse> {
    return toInvitationPreviewResponse(await this.invitations.preview(token));
  }

  @ApiOperation({ summary: 'Accept an invitation: the account is created and signed in', security: [] })
  @ApiErrors(400, 404)
  @Post('accept')
  @ApiCreatedResponse({ type: AuthResponse, description: 'the user is created in the inviting organization and signed in' })
  async accept(@Param('token') token: string, @Body() dto: AcceptInvitationDto): Promise<AuthResponse> {
    const { user, org } = await this.invitations.accept(token, dto);
    return { accessToken: await this.auth.issueToken(user), user: toUserResponse(user), org: toOrganizationResponse(org) };
  }
}
