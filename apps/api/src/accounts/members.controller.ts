import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { Authenticated, CurrentPrincipal, MembersService, type Principal } from '@app/accounts';
import {
  ChangeRoleDto,
  InvitationListResponse,
  InvitationResponse,
  InviteMemberDto,
  MemberListResponse,
  MemberResponse,
  toInvitationResponse,
  toMemberResponse,
} from './dto/members.dto.js';

const uuid = new ParseUUIDPipe({ version: '4' });

/** An organization's people, managed by its administrators. */
@ApiTags('members')
@ApiBearerAuth()
@Controller('organizations/:id')
@Authenticated()
@ApiForbiddenResponse({ description: 'the caller is not an administrator of this organization' })
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @ApiOperation({ summary: 'Members of an organization' })
  @ApiErrors(400, 401, 403, 404)
  @Get('members')
  @ApiOkResponse({ type: MemberListResponse, description: 'its administrators and the bureau' })
  async list(@Param('id', uuid) id: string, @CurrentPrincipal() caller: Principal): Promise<MemberListResponse> {
    return { items: (await this.members.list(id, caller)).map(toMemberResponse) };
  }

  @ApiOperation({ summary: 'Change a member’s role in the organization' })
  @ApiErrors(400, 401, 403, 404, 409)
  @Patch('members/:userId')
  @ApiOkResponse({ type: MemberResponse })
  @ApiConflictResponse({ description: 'LAST_ADMIN: the organization would be left without an active administrator' })
  async changeRole(
    @Param('id', uuid) id: string,
    @Param('userId', uuid) userId: string,
    @Body() dto: ChangeRoleDto,
    @CurrentPrincipal() caller: Principal,
  ): Promise<MemberResponse> {
    return toMemberResponse(await this.members.changeRole(id, userId, dto.role, caller));
  }

  @ApiOperation({ summary: 'Disable a member’s account in the organization' })
  @ApiErrors(400, 401, 403, 404, 409)
  @Delete('members/:userId')
  @ApiOkResponse({ type: MemberResponse, description: 'the member is disabled at once: their tokens answer 401 from now on' })
  @ApiConflictResponse({ description: 'LAST_ADMIN: the organization would be left without an active administrator' })
  async disable(
    @Param('id', uuid) id: string,
    @Param('userId', uuid) userId: string,
    @CurrentPrincipal() caller: Principal,
  ): Promise<MemberResponse> {
    return toMemberResponse(await this.members.disable(id, userId, caller));
  }

  @ApiOperation({ summary: 'Enable a disabled member again' })
  @ApiErrors(400, 401, 403, 404)
  @Post('members/:userId/enable')
  @HttpCode(200)
  @ApiOkResponse({
    type: MemberResponse,
    description: 'the member may sign in again; tokens issued before they were disabled stay revoked',
  })
  @ApiNotFoundResponse({ description: 'MEMBER_NOT_FOUND: the organization has no such member' })
  async enable(
    @Param('id', uuid) id: string,
    @Param('userId', uuid) userId: string,
    @CurrentPrincipal() caller: Principal,
  ): Promise<MemberResponse> {
    return toMemberResponse(await this.members.enable(id, userId, caller));
  }

  @ApiOperation({ summary: 'Invitations of an organization not yet accepted' })
  @ApiErrors(400, 401, 403, 404)
  @Get('invitations')
  @ApiOkResponse({ type: InvitationListResponse, description: 'invitations not yet accepted and not expired' })
  async invitations(@Param('id', uuid) id: string, @CurrentPrincipal() caller: Principal): Promise<InvitationListResponse> {
    return { items: (await this.members.listInvitations(id, caller)).map(toInvitationResponse) };
  }

  @ApiOperation({ summary: 'Invite a person to join the organization by email' })
  @ApiErrors(400, 401, 403, 404, 409)
  @Post('invitations')
  @ApiCreatedResponse({ type: InvitationResponse, description: 'a single-use link valid for 7 days is mailed to the address' })
  @ApiConflictResponse({ description: 'EMAIL_TAKEN: the address already has an account' })
  async invite(
    @Param('id', uuid) id: string,
    @Body() dto: InviteMemberDto,
    @CurrentPrincipal() caller: Principal,
  ): Promise<InvitationResponse> {
    return toInvitationResponse(await this.members.invite(id, caller, dto));
  }

  @ApiOperation({ summary: 'Withdraw a pending invitation' })
  @ApiErrors(400, 401, 403, 404)
  @Delete('invitations/:invitationId')
  @ApiOkResponse({ type: InvitationResponse, description: 'the invitation is withdrawn: its mailed link stops working at once' })
  @ApiNotFoundResponse({ description: 'INVITATION_NOT_FOUND: no pending invitation of this organization has that id' })
  async revokeInvitation(
    @Param('id', uuid) id: string,
    @Param('invitationId', uuid) invitationId: string,
    @CurrentPrincipal() caller: Principal,
  ): Promise<InvitationResponse> {
    return toInvitationResponse(await this.members.revokeInvitation(id, invitationId, caller));
  }
}
