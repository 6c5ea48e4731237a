import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organization } from '@app/accounts';
import type { ContractType, Field } from '@app/common';

export const DEAL_STATUSES = ['pending', 'recorded', 'cancelled'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

export const DEAL_STATUS_LABELS: Record<DealStatus, string> = {
  pending: '待入账',
  recorded: '已入账',
  cancelled: '已撤销',
};

/**
 * A technology contract (技术合同). The row is also the idempotency record of the request that
 * created it: (created_by_org_id, idempotency_key) is unique and request_hash is the SHA-256 of
 * the canonical body, so a repeated request finds its deal and a reused key with another body
 * is refused. Listing references carry no foreign keys: the ledger never depends on listings.
 */
@Entity({ name: 'deals' })
@Check('ck_deals_status', `"status" IN ('pending', 'recorded', 'cancelled')`)
@Check('ck_deals_amounts', `"amount_fen" > 0 AND "technology_amount_fen" > 0 AND "technology_amount_fen" <= "amount_fen"`)
@Check('ck_deals_parties', `"buyer_org_id" <> "seller_org_id"`)
@Check('ck_deals_period', `"month" BETWEEN 1 AND 12`)
@Index('uq_deals_idempotency', ['createdByOrgId', 'idempotencyKey'], { unique: true })
@Index('ix_deals_pending', ['createdAt'], { where: `"status" = 'pending'` })
@Index('ix_deals_year_amount', ['year', 'amountFen'], { where: `"status" = 'recorded'` })
@Index('ix_deals_year_signed', ['year', 'signedAt'])
export class Deal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_deals_buyer_org_id')
  @Column({ type: 'uuid' })
  buyerOrgId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buyer_org_id', foreignKeyConstraintName: 'fk_deals_buyer_org' })
  buyerOrg?: Organization;

  @Index('ix_deals_seller_org_id')
  @Column({ type: 'uuid' })
  sellerOrgId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'seller_org_id', foreignKeyConstraintName: 'fk_deals_seller_org' })
  sellerOrg?: Organization;

  @Column({ type: 'uuid', nullable: true })
  demandId: string | null;

  @Column({ type: 'uuid', nullable: true })
  outcomeId: string | null;

  @Column({ type: 'uuid', nullable: true })
  inquiryId: string | null;

  @Column({ type: 'varchar', length: 16 })
  contractType: ContractType;

  @Column({ type: 'varchar', length: 32 })
  field: Field;

  /** 成交额 in fen. */
  @Column({ type: 'bigint' })
  amountFen: string;

  /** 技术交易额 in fen, ≤ amount. */
  @Column({ type: 'bigint' })
  technologyAmountFen: string;

  @Column({ type: 'date' })
  signedAt: string;

  /** Year and month of signing: the period the deal counts toward. */
  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'smallint' })
  month: number;

  /** The seller's region when the deal was accepted (technology contracts are registered where the seller is). */
  @Column({ type: 'char', length: 6 })
  region: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  registrationNo: string | null;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: DealStatus;

  @Column({ type: 'uuid' })
  createdByUserId: string;

  @Column({ type: 'uuid' })
  createdByOrgId: string;

  @Column({ type: 'varchar', length: 128 })
  idempotencyKey: string;

  @Column({ type: 'char', length: 64 })
  requestHash: string;

  @Column({ type: 'timestamptz', nullable: true })
  recordedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  cancelledByUserId: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  cancelReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
