import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORGANIZATION_TYPE_LABELS, ORGANIZATION_TYPES, type Organization, type OrganizationType, type User } from '@app/accounts';

export class OrganizationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) type: OrganizationType;
  @ApiProperty({ example: '企业' }) typeLabel: string;
  @ApiProperty() creditCode: string;
  @ApiProperty() region: string;
  @ApiProperty() verified: boolean;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) verifiedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class UserResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ['admin', 'member'] }) orgRole: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AuthResponse {
  @ApiProperty() accessToken: string;
  @ApiProperty({ type: UserResponse }) user: UserResponse;
  @ApiProperty({ type: OrganizationResponse }) org: OrganizationResponse;
}

export class LoginResponse {
  @ApiProperty() accessToken: string;
}

export class MeResponse {
  @ApiProperty({ type: UserResponse }) user: UserResponse;
  @ApiProperty({ type: OrganizationResponse }) org: OrganizationResponse;
  @ApiProperty({ enum: ORGANIZATION_TYPES, description: 'the platform role: the organization type' }) role: OrganizationType;
}

export class OrganizationPageResponse {
  @ApiProperty({ type: [OrganizationResponse] }) items: OrganizationResponse[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export const toOrganizationResponse = (o: Organization): OrganizationResponse => ({
  id: o.id,
  name: o.name,
  type: o.type,
  typeLabel: ORGANIZATION_TYPE_LABELS[o.type],
  creditCode: o.creditCode,
  region: o.region,
  verified: o.verified,
  verifiedAt: o.verifiedAt ? o.verifiedAt.toISOString() : null,
  createdAt: o.createdAt.toISOString(),
});

export const toUserResponse = (u: User): UserResponse => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  orgRole: u.orgRole,
  organizationId: u.organizationId,
  createdAt: u.createdAt.toISOString(),
});
