import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { regionName } from '@app/regions';
import { ORGANIZATION_TYPE_LABELS, ORGANIZATION_TYPES, type Organization, type OrganizationType, type User } from '@app/accounts';

export class OrganizationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) type: OrganizationType;
  @ApiProperty({ example: '企业' }) typeLabel: string;
  @ApiProperty() creditCode: string;
  @ApiProperty({ description: 'GB/T 2260 division code', example: '331127' }) region: string;
  @ApiProperty({ example: '浙江省丽水市景宁畲族自治县' }) regionName: string;
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
  @ApiProperty({ description: 'whether the address is verified; until then no inquiries and no deals' }) emailVerified: boolean;
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

export const toOrganizationResponse = (o: Organization): OrganizationResponse => ({
  id: o.id,
  name: o.name,
  type: o.type,
  typeLabel: ORGANIZATION_TYPE_LABELS[o.type],
  creditCode: o.creditCode,
  region: o.region,
  regionName: regionName(o.region),
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
  emailVerified: u.emailVerifiedAt !== null && u.emailVerifiedAt !== undefined,
  createdAt: u.createdAt.toISOString(),
});
