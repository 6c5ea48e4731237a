import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsEmailAddress } from '../../http/email.rule.js';
import {
  MEMBER_ROLES,
  ORGANIZATION_TYPE_LABELS,
  PASSWORD_MAX_LENGTH,
  type InvitationPreview,
  type MemberRole,
  type User,
} from '@app/accounts';
import { MEMBER_ROLE_LABELS } from '@app/mail';

const ROLE_MESSAGE = { message: 'role must be admin (管理员) or member (成员)' };

export class InviteMemberDto {
  @ApiProperty({ example: 'li.na@example.cn' })
  @IsEmailAddress({ message: 'email must be a valid email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ enum: MEMBER_ROLES, description: 'admin 管理员 (members, confirming deals) or member 成员 (listings, inquiries)' })
  @IsIn(MEMBER_ROLES, ROLE_MESSAGE)
  role: MemberRole;
}

export class ChangeRoleDto {
  @ApiProperty({ enum: MEMBER_ROLES })
  @IsIn(MEMBER_ROLES, ROLE_MESSAGE)
  role: MemberRole;
}

export class AcceptInvitationDto {
  @ApiProperty({ minLength: 10, maxLength: PASSWORD_MAX_LENGTH, description: 'at least 10 characters, letters and digits' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;

  @ApiProperty({ example: '李娜', maxLength: 50 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  displayName: string;
}

export class MemberResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: MEMBER_ROLES }) orgRole: MemberRole;
  @ApiProperty({ example: '管理员' }) orgRoleLabel: string;
  @ApiProperty({ enum: ['active', 'disabled'] }) status: 'active' | 'disabled';
  @ApiProperty() emailVerified: boolean;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) lastLoginAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class MemberListResponse {
  @ApiProperty({ type: [MemberResponse] }) items: MemberResponse[];
}

export class InvitationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: MEMBER_ROLES }) role: MemberRole;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class InvitationListResponse {
  @ApiProperty({ type: [InvitationResponse] }) items: InvitationResponse[];
}

export class InvitationOrganization {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: '企业' }) typeLabel: string;
}

export class InvitationPreviewResponse {
  @ApiProperty() email: string;
  @ApiProperty({ enum: MEMBER_ROLES }) role: MemberRole;
  @ApiProperty({ example: '成员' }) roleLabel: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ type: InvitationOrganization }) organization: InvitationOrganization;
}

export const toMemberResponse = (u: User): MemberResponse => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  orgRole: u.orgRole,
  orgRoleLabel: MEMBER_ROLE_LABELS[u.orgRole],
  status: u.disabledAt ? 'disabled' : 'active',
  emailVerified: u.emailVerifiedAt !== null,
  lastLoginAt: u.lastLoginAt ? u.lastLoginAt.toISOString() : null,
  createdAt: u.createdAt.toISOString(),
});

export const toInvitationResponse = (i: { id: string; email: string; role: MemberRole; expiresAt: Date }): InvitationResponse => ({
  id: i.id,
  email: i.email,
  role: i.role,
  expiresAt: i.expiresAt.toISOString(),
});

export const toInvitationPreviewResponse = (p: InvitationPreview): InvitationPreviewResponse => ({
  email: p.email,
  role: p.role,
  roleLabel: MEMBER_ROLE_LABELS[p.role],
  expiresAt: p.expiresAt.toISOString(),
  organization: { id: p.organization.id, name: p.organization.name, typeLabel: ORGANIZATION_TYPE_LABELS[p.organization.type] },
});
