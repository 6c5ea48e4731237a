import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organization } from '@app/accounts';
import type { ContractType, Field } from '@app/common';
import type { DealPricing, PaymentMode } from './deal-terms.js';

export { DEAL_PRICING_LABELS, DEAL_PRICINGS, PAYMENT_MODES, type DealPricing, type PaymentMode } from './deal-terms.js';

/**
 * The lifecycle of a technology contract: declared by one party, confirmed (or disputed) by the
 * other, registered by the bureau (技术合同认定登记) or rejected, then recorded into the ledger by
 * a worker. Only `registered` deals are recorded; only `recorded` deals count toward turnover.
 */
export const DEAL_STATUSES = ['declared', 'confirmed', 'disputed', 'registered', 'recorded', 'rejected', 'cancelled'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

export const DEAL_STATUS_LABELS: Record<DealStatus, string> = {
  declared: '待对方确认',
  confirmed: '待认定登记',
  disputed: '对方有异议',
  registered: '已登记待入账',
  recorded: '已入账',
  rejected: '登记未通过',
  cancelled: '已撤销',
};

/**
 * A technology contract (技术合同). The row is also the idempotency record of the request that
 * created it: (created_by_org_id, idempotency_key) is unique and request_hash is the SHA-256 of
 * the canonical body, so a repeated request finds its deal and a reused key with another body
 * is refused. Listing references carry no foreign keys: the ledger never depends on listings.
 */
@Entity({ name: 'deals' })
@Check('ck_deals_status', `"status" IN ('declared', 'confirmed', 'disputed', 'registered', 'recorded', 'rejected', 'cancelled')`)
@Check('ck_deals_pricing', `"pricing" IN ('agreement', 'listing', 'auction')`)
@Check('ck_deals_payment_mode', `"payment_mode" IN ('一次总付', '分期支付', '提成支付', '其他')`)
@Check('ck_deals_term', `"term_end" IS NULL OR "term_start" IS NULL OR "term_end" >= "term_start"`)
@Check('ck_deals_amounts', `"amount_fen" > 0 AND "technology_amount_fen" > 0 AND "technology_amount_fen" <= "amount_fen"`)
@Check('ck_deals_parties', `"buyer_org_id" <> "seller_org_id"`)
@Check('ck_deals_period', `"month" BETWEEN 1 AND 12`)
@Index('uq_deals_idempotency', ['createdByOrgId', 'idempotencyKey'], { unique: true })
@Index('ix_deals_registered', ['registeredAt'], { where: `"status" = 'registered'` })
@Index('ix_deals_open', ['status', 'createdAt'], { where: `"status" IN ('declared', 'confirmed', 'disputed')` })
// One live deal per registration number: cancelled and rejected deals free theirs for a corrected row.
@Index('uq_deals_registration_no', ['registrationNo'], {
  unique: true,
  where: `"registration_no" IS NOT NULL AND "status" NOT IN ('cancelled', 'rejected')`,
})
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

  // The listings and the inquiry a deal references, checked through DEAL_LISTINGS_PORT at intake
  // and kept by foreign keys. Named by entity name: the listings lib implements the port this
  // lib declares, so deals cannot import its entities.
  @Column({ type: 'uuid', nullable: true })
  demandId: string | null;

  @ManyToOne('Demand', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'demand_id', foreignKeyConstraintName: 'fk_deals_demand' })
  demand?: object;

  @Column({ type: 'uuid', nullable: true })
  outcomeId: string | null;

  @ManyToOne('Outcome', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'outcome_id', foreignKeyConstraintName: 'fk_deals_outcome' })
  outcome?: object;

  @Column({ type: 'uuid', nullable: true })
  inquiryId: string | null;

  @ManyToOne('Inquiry', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'inquiry_id', foreignKeyConstraintName: 'fk_deals_inquiry' })
  inquiry?: object;

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

  @Column({ type: 'varchar', length: 16, default: 'declared' })
  status: DealStatus;

  @Column({ type: 'varchar', length: 16, default: 'listing' })
  pricing: DealPricing;

  /** 合同名称, as on the registration form. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  /** 技术开发: 委托开发/合作开发; 技术转让 and 技术许可: 专利权/专利申请权/技术秘密/…. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  contractSubtype: string | null;

  @Column({ type: 'date', nullable: true })
  termStart: string | null;

  @Column({ type: 'date', nullable: true })
  termEnd: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  paymentMode: PaymentMode | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  /** When the bureau registered the contract (or it came in registered); the recording sweeper's clock. */
  @Column({ type: 'timestamptz', nullable: true })
  registeredAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  registeredByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  rejectedAt: Date | null;

  /** The other party's reason for disputing, or the bureau's for rejecting. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  statusReason: string | null;

  @Column({ type: 'uuid' })
  createdByUserId: string;

  /** The declaring party (or the bureau, for contracts it registered elsewhere). */
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
