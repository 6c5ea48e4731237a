import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ContractType, Field } from '@app/common';
import { Deal } from './deal.entity.js';

export const LEDGER_KINDS = ['record', 'cancel'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/**
 * Append-only turnover ledger. One `record` entry (+amounts) when a deal is recorded, one
 * `cancel` entry (−amounts) when it is cancelled; (deal_id, kind) is unique so that replays
 * change nothing. Each entry carries its own dimensions, so the aggregates can be rebuilt from
 * the ledger alone.
 */
@Entity({ name: 'ledger_entries' })
@Index('uq_ledger_entries_deal_kind', ['dealId', 'kind'], { unique: true })
@Check('ck_ledger_entries_kind', `"kind" IN ('record', 'cancel')`)
@Check(
  'ck_ledger_entries_sign',
  `("kind" = 'record' AND "amount_fen" > 0 AND "technology_amount_fen" > 0) OR ("kind" = 'cancel' AND "amount_fen" < 0 AND "technology_amount_fen" < 0)`,
)
export class LedgerEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  dealId: string;

  @ManyToOne(() => Deal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deal_id', foreignKeyConstraintName: 'fk_ledger_entries_deal' })
  deal?: Deal;

  @Column({ type: 'varchar', length: 8 })
  kind: LedgerKind;

  @Column({ type: 'bigint' })
  amountFen: string;

  @Column({ type: 'bigint' })
  technologyAmountFen: string;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'smallint' })
  month: number;

  @Column({ type: 'varchar', length: 32 })
  field: Field;

  @Column({ type: 'varchar', length: 16 })
  contractType: ContractType;

  /** The seller's region (the deal's): technology sold from there (技术输出). */
  @Column({ type: 'char', length: 6 })
  region: string;

  /** The buyer's region when the deal was recorded: technology bought into there (技术吸纳). */
  @Column({ type: 'char', length: 6 })
  buyerRegion: string;

  @Column({ type: 'uuid' })
  sellerOrgId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
