import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Organization, User } from '@app/accounts';
import { Demand, Outcome } from '@app/listings';

export const CERTIFICATE_STATUSES = ['pending', 'verified'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/**
 * A technology broker (技术经纪人): a person in a service agency (an organization of type
 * `broker`) with a broker's certificate number, verified by the bureau.
 */
@Entity({ name: 'broker_certificates' })
@Check('ck_broker_certificates_status', `"status" IN ('pending', 'verified')`)
@Index('uq_broker_certificates_number', ['certificateNo'], { unique: true })
export class BrokerCertificate {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_broker_certificates_user' })
  user?: User;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_broker_certificates_organization' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 40 })
  certificateNo: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: CertificateStatus;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

export const FOLLOW_STATUSES = ['active', 'refused', 'ended'] as const;
export type FollowStatus = (typeof FOLLOW_STATUSES)[number];
export const FOLLOW_STAGES = ['screening', 'introduced', 'negotiating', 'signed', 'registered', 'dropped'] as const;
export type FollowStage = (typeof FOLLOW_STAGES)[number];
export const FOLLOW_STAGE_LABELS: Record<FollowStage, string> = {
  screening: '筛选',
  introduced: '已引荐',
  negotiating: '洽谈中',
  signed: '已签约',
  registered: '已登记',
  dropped: '已终止',
};

/**
 * A broker following a demand: the broker's stage of work on it, and whether the demand's owner
 * lets the broker see its contacts. The owner can refuse or end it; refused, it stays refused.
 */
@Entity({ name: 'broker_follows' })
@Check('ck_broker_follows_status', `"status" IN ('active', 'refused', 'ended')`)
@Check('ck_broker_follows_stage', `"stage" IN ('screening', 'introduced', 'negotiating', 'signed', 'registered', 'dropped')`)
@Check('ck_broker_follows_dropped', `"stage" <> 'dropped' OR "stage_reason" IS NOT NULL`)
@Index('uq_broker_follows_demand_broker', ['demandId', 'brokerUserId'], { unique: true })
export class BrokerFollow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  demandId: string;

  @ManyToOne(() => Demand, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'demand_id', foreignKeyConstraintName: 'fk_broker_follows_demand' })
  demand?: Demand;

  @Index('ix_broker_follows_broker_user_id')
  @Column({ type: 'uuid' })
  brokerUserId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'broker_user_id', foreignKeyConstraintName: 'fk_broker_follows_user' })
  brokerUser?: User;

  @Column({ type: 'uuid' })
  brokerOrgId: string;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: FollowStatus;

  @Column({ type: 'varchar', length: 16, default: 'screening' })
  stage: FollowStage;

  @Column({ type: 'varchar', length: 200, nullable: true })
  stageReason: string | null;

  @Column({ type: 'boolean', default: false })
  contactsAllowed: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A broker's introduction (引荐) of an outcome to a followed demand: a conversation of three —
 * the demand's owner, the outcome's owner and the broker. A deal between that demand and that
 * outcome, signed after it, credits the broker.
 */
@Entity({ name: 'introductions' })
@Index('uq_introductions_pair_broker', ['demandId', 'outcomeId', 'brokerUserId'], { unique: true })
@Index('ix_introductions_pair', ['demandId', 'outcomeId'])
export class Introduction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  followId: string;

  @ManyToOne(() => BrokerFollow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'follow_id', foreignKeyConstraintName: 'fk_introductions_follow' })
  follow?: BrokerFollow;

  @Column({ type: 'uuid' })
  demandId: string;

  @Column({ type: 'uuid' })
  outcomeId: string;

  @ManyToOne(() => Outcome, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'outcome_id', foreignKeyConstraintName: 'fk_introductions_outcome' })
  outcome?: Outcome;

  @Column({ type: 'uuid' })
  brokerUserId: string;

  @Index('ix_introductions_broker_org_id')
  @Column({ type: 'uuid' })
  brokerOrgId: string;

  @Index('ix_introductions_demand_org_id')
  @Column({ type: 'uuid' })
  demandOrgId: string;

  @Index('ix_introductions_outcome_org_id')
  @Column({ type: 'uuid' })
  outcomeOrgId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity({ name: 'introduction_messages' })
@Index('ix_introduction_messages_thread', ['introductionId', 'createdAt'])
export class IntroductionMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  introductionId: string;

  @ManyToOne(() => Introduction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'introduction_id', foreignKeyConstraintName: 'fk_introduction_messages_introduction' })
  introduction?: Introduction;

  @Column({ type: 'uuid' })
  authorUserId: string;

  @Column({ type: 'uuid' })
  authorOrgId: string;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
