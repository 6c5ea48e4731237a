import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { formatFen } from '@app/common';
import {
  FOLLOW_STAGE_LABELS,
  FOLLOW_STAGES,
  type FollowStage,
  type FollowView,
  type IntroductionView,
  type BrokerRanking,
} from '@app/brokers';

export class BrokerCertificateDto {
  @ApiProperty({ example: 'ZJ-JJR-2026-00123', description: '技术经纪人证书编号 (6–40 letters, digits or hyphens)' })
  @IsString({ message: 'certificateNo must be a string' })
  @Matches(/^[0-9A-Za-z-]{6,40}$/, { message: 'certificateNo must be 6–40 letters, digits or hyphens' })
  certificateNo: string;
}

export class BrokerCertificateResponse {
  @ApiProperty({ type: String, format: 'uuid' }) userId: string;
  @ApiProperty({ type: String, format: 'uuid' }) organizationId: string;
  @ApiProperty() certificateNo: string;
  @ApiProperty({ enum: ['pending', 'verified'] }) status: string;
  @ApiPropertyOptional({ type: String, nullable: true }) userName?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) organizationName?: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) verifiedAt: string | null;
}

export const toCertificateResponse = (c: {
  userId: string;
  organizationId: string;
  certificateNo: string;
  status: string;
  verifiedAt: Date | string | null;
  userName?: string;
  organizationName?: string;
}): BrokerCertificateResponse => ({
  userId: c.userId,
  organizationId: c.organizationId,
  certificateNo: c.certificateNo,
  status: c.status,
  userName: c.userName,
  organizationName: c.organizationName,
  verifiedAt: c.verifiedAt ? new Date(c.verifiedAt).toISOString() : null,
});

export class UpdateFollowDto {
  @ApiPropertyOptional({ enum: ['refused', 'ended'], description: 'the owner: refused or ended; the broker: ended' })
  @IsOptional()
  @IsIn(['refused', 'ended'], { message: 'status must be refused or ended' })
  status?: 'refused' | 'ended';

  @ApiPropertyOptional({ enum: FOLLOW_STAGES, description: 'the broker’s stage of work (dropped needs a reason)' })
  @IsOptional()
  @IsIn(FOLLOW_STAGES, { message: `stage must be one of ${FOLLOW_STAGES.join(', ')}` })
  stage?: FollowStage;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString({ message: 'reason must be a string' })
  @MaxLength(200, { message: 'reason must be at most 200 characters' })
  reason?: string;

  @ApiPropertyOptional({ description: 'the owner lets the broker see the demand’s contacts' })
  @IsOptional()
  @IsBoolean({ message: 'contactsAllowed must be true or false' })
  contactsAllowed?: boolean;
}

export class ContactsResponse {
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
}

export class FollowResponse {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid' }) demandId: string;
  @ApiProperty() demandTitle: string;
  @ApiProperty() demandOrgName: string;
  @ApiProperty({ type: String, format: 'uuid' }) brokerUserId: string;
  @ApiProperty() brokerName: string;
  @ApiProperty() brokerOrgName: string;
  @ApiProperty({ enum: ['active', 'refused', 'ended'] }) status: string;
  @ApiProperty({ enum: FOLLOW_STAGES }) stage: FollowStage;
  @ApiProperty() stageLabel: string;
  @ApiProperty({ type: String, nullable: true }) stageReason: string | null;
  @ApiProperty() contactsAllowed: boolean;
  @ApiProperty({ type: ContactsResponse, nullable: true, description: 'only to the broker, when the owner allowed it' })
  contacts: ContactsResponse | null;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

export const toFollowResponse = (v: FollowView): FollowResponse => ({
  id: v.follow.id,
  demandId: v.follow.demandId,
  demandTitle: v.demandTitle,
  demandOrgName: v.demandOrgName,
  brokerUserId: v.follow.brokerUserId,
  brokerName: v.brokerName,
  brokerOrgName: v.brokerOrgName,
  status: v.follow.status,
  stage: v.follow.stage,
  stageLabel: FOLLOW_STAGE_LABELS[v.follow.stage],
  stageReason: v.follow.stageReason,
  contactsAllowed: v.follow.contactsAllowed,
  contacts: v.contacts,
  updatedAt: new Date(v.follow.updatedAt).toISOString(),
});

export class CreateIntroductionDto {
  @ApiProperty({ type: String, format: 'uuid', description: 'a demand the broker follows' })
  @IsUUID('all', { message: 'demandId must be a demand id (UUID)' })
  demandId: string;

  @ApiProperty({ type: String, format: 'uuid', description: 'a published outcome' })
  @IsUUID('all', { message: 'outcomeId must be an outcome id (UUID)' })
  outcomeId: string;

  @ApiProperty({ minLength: 5, maxLength: 2000, description: 'why these two should talk: the first message of the conversation' })
  @IsString({ message: 'note must be a string' })
  @Length(5, 2000, { message: 'note must be 5–2000 characters' })
  note: string;
}

export class IntroductionMessageDto {
  @ApiProperty({ minLength: 1, maxLength: 2000 })
  @IsString({ message: 'body must be a string' })
  @Length(1, 2000, { message: 'body must be 1–2000 characters' })
  body: string;
}

export class IntroductionMessageResponse {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid' }) authorOrgId: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class CreditedDealResponse {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty() status: string;
  @ApiProperty({ example: '1250000.00' }) amount: string;
}

export class IntroductionResponse {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid' }) demandId: string;
  @ApiProperty() demandTitle: string;
  @ApiProperty({ type: String, format: 'uuid' }) demandOrgId: string;
  @ApiProperty() demandOrgName: string;
  @ApiProperty({ type: String, format: 'uuid' }) outcomeId: string;
  @ApiProperty({ type: String, format: 'uuid' }) outcomeOrgId: string;
  @ApiProperty() outcomeTitle: string;
  @ApiProperty() outcomeOrgName: string;
  @ApiProperty({ type: String, format: 'uuid' }) brokerUserId: string;
  @ApiProperty() brokerName: string;
  @ApiProperty({ type: String, format: 'uuid' }) brokerOrgId: string;
  @ApiProperty() brokerOrgName: string;
  @ApiProperty({ type: [IntroductionMessageResponse] }) messages: IntroductionMessageResponse[];
  @ApiProperty({ type: [CreditedDealResponse], description: 'deals between the two signed since the introduction: they credit the broker' })
  deals: CreditedDealResponse[];
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export const toIntroductionResponse = (v: IntroductionView): IntroductionResponse => ({
  id: v.introduction.id,
  demandId: v.introduction.demandId,
  demandTitle: v.demandTitle,
  demandOrgId: v.introduction.demandOrgId,
  demandOrgName: v.demandOrgName,
  outcomeId: v.introduction.outcomeId,
  outcomeOrgId: v.introduction.outcomeOrgId,
  outcomeTitle: v.outcomeTitle,
  outcomeOrgName: v.outcomeOrgName,
  brokerUserId: v.introduction.brokerUserId,
  brokerName: v.brokerName,
  brokerOrgId: v.introduction.brokerOrgId,
  brokerOrgName: v.brokerOrgName,
  messages: v.messages.map((m) => ({ id: m.id, authorOrgId: m.authorOrgId, body: m.body, createdAt: m.createdAt.toISOString() })),
  deals: v.deals.map((d) => ({ id: d.id, status: d.status, amount: formatFen(d.amountFen) })),
  createdAt: v.introduction.createdAt.toISOString(),
});

export class BrokerRankingResponse {
  @ApiProperty({ type: String, format: 'uuid' }) brokerUserId: string;
  @ApiProperty() brokerName: string;
  @ApiProperty({ type: String, format: 'uuid' }) brokerOrgId: string;
  @ApiProperty() brokerOrgName: string;
  @ApiProperty() certificateNo: string;
  @ApiProperty() follows: number;
  @ApiProperty({ description: 'introductions made in the year' }) introductions: number;
  @ApiProperty({ description: 'deals of the year (signed) credited to the broker, cancelled and rejected left out' }) deals: number;
  @ApiProperty({ example: '1250000.00', description: '成交额 of those deals that are recorded' }) recordedTurnover: string;
}

export const toRankingResponse = (r: BrokerRanking): BrokerRankingResponse => ({
  brokerUserId: r.brokerUserId,
  brokerName: r.brokerName,
  brokerOrgId: r.brokerOrgId,
  brokerOrgName: r.brokerOrgName,
  certificateNo: r.certificateNo,
  follows: r.follows,
  introductions: r.introductions,
  deals: r.deals,
  recordedTurnover: formatFen(r.recordedFen),
});
