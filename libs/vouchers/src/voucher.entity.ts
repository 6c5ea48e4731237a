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
import { Organization } from '@app/accounts';
import { Deal } from '@app/deals';

export const VOUCHER_MODES = ['general', 'exchange'] as const;
/** 通用: the holder redeems; 通兑: the provider (the deal's seller) redeems on the holder's voucher. */
export type VoucherMode = (typeof VOUCHER_MODES)[number];

export const VOUCHER_MODE_LABELS: Record<VoucherMode, string> = { general: '通用（持券企业兑付）', exchange: '通兑（服务机构兑付）' };

/**
 * The year's innovation-voucher budget (创新券额度). `issued_fen` is the sum of the vouchers
 * issued against it; the check keeps it within the budget however many issues race, because each
 * issue raises it with one conditional UPDATE.
 */
@Entity({ name: 'voucher_budgets' })
@Check('ck_voucher_budgets_amounts', `"amount_fen" >= 0 AND "issued_fen" >= 0 AND "issued_fen" <= "amount_fen"`)
export class VoucherBudget {
  @PrimaryColumn({ type: 'smallint' })
  year: number;

  @Column({ type: 'bigint' })
  amountFen: string;

  @Column({ type: 'bigint', default: 0 })
  issuedFen: string;

  @Column({ type: 'uuid', nullable: true })
  updatedByUserId: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * An innovation voucher (创新券) issued to an organization. `redeemed_fen` is the sum of its
 * ledger; the check keeps it within the voucher's amount. The row is also the idempotency
 * record of the issue request: (issued_by_org_id, idempotency_key) is unique.
 */
@Entity({ name: 'vouchers' })
@Check('ck_vouchers_amounts', `"amount_fen" > 0 AND "redeemed_fen" >= 0 AND "redeemed_fen" <= "amount_fen"`)
@Check('ck_vouchers_mode', `"mode" IN ('general', 'exchange')`)
@Index('uq_vouchers_idempotency', ['issuedByOrgId', 'idempotencyKey'], { unique: true, where: '"idempotency_key" IS NOT NULL' })
@Index('ix_vouchers_year', ['year'])
export class Voucher {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_vouchers_organization_id')
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_vouchers_organization' })
  organization?: Organization;

  /** The budget year it was issued against. */
  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'bigint' })
  amountFen: string;

  @Column({ type: 'bigint', default: 0 })
  redeemedFen: string;

  @Column({ type: 'varchar', length: 16 })
  mode: VoucherMode;

  /** Last day (China time) on which it can be redeemed. */
  @Column({ type: 'date' })
  validUntil: string;

  @Column({ type: 'uuid' })
  issuedByUserId: string;

  @Column({ type: 'uuid' })
  issuedByOrgId: string;

  @Column({ type: 'varchar', length: 128, nullable: true })
  idempotencyKey: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  requestHash: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

export const VOUCHER_ENTRY_KINDS = ['redeem', 'reverse'] as const;
export type VoucherEntryKind = (typeof VOUCHER_ENTRY_KINDS)[number];

/**
 * The voucher ledger, append-only: one `redeem` entry per voucher × deal, and one `reverse`
 * entry (the same amount, negative in effect) when the deal is cancelled. The unique index makes
 * a replayed redemption find the entry it wrote instead of redeeming twice.
 */
@Entity({ name: 'voucher_ledger' })
@Check('ck_voucher_ledger_amount', `"amount_fen" > 0`)
@Check('ck_voucher_ledger_kind', `"kind" IN ('redeem', 'reverse')`)
@Index('uq_voucher_ledger_voucher_deal_kind', ['voucherId', 'dealId', 'kind'], { unique: true })
export class VoucherLedgerEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  voucherId: string;

  @ManyToOne(() => Voucher, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'voucher_id', foreignKeyConstraintName: 'fk_voucher_ledger_voucher' })
  voucher?: Voucher;

  @Index('ix_voucher_ledger_deal_id')
  @Column({ type: 'uuid' })
  dealId: string;

  @ManyToOne(() => Deal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deal_id', foreignKeyConstraintName: 'fk_voucher_ledger_deal' })
  deal?: Deal;

  @Column({ type: 'varchar', length: 8 })
  kind: VoucherEntryKind;

  @Column({ type: 'bigint' })
  amountFen: string;

  /** Who redeemed: the holder (general) or the deal's seller (exchange); for a reversal, who cancelled. */
  @Column({ type: 'uuid', nullable: true })
  byOrgId: string | null;

  @Column({ type: 'uuid', nullable: true })
  byUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * Voucher yuan redeemed on one deal, across all vouchers, kept within the share of its 技术交易额
 * that vouchers may pay (`cap_fen`) by one conditional upsert per redemption.
 */
@Entity({ name: 'voucher_deal_totals' })
@Check('ck_voucher_deal_totals', `"redeemed_fen" >= 0 AND "redeemed_fen" <= "cap_fen"`)
export class VoucherDealTotal {
  @PrimaryColumn({ type: 'uuid' })
  dealId: string;

  @ManyToOne(() => Deal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deal_id', foreignKeyConstraintName: 'fk_voucher_deal_totals_deal' })
  deal?: Deal;

  @Column({ type: 'bigint' })
  redeemedFen: string;

  @Column({ type: 'bigint' })
  capFen: string;
}
