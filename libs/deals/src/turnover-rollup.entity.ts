import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const ROLLUP_DIMENSIONS = ['month', 'field', 'contract_type', 'seller'] as const;
export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[number];

const PK = 'PK_turnover_rollups';

/**
 * The dashboard's turnover: per year, one row per value of each breakdown (month, field,
 * contract type, seller) beside the seller's and the buyer's region, maintained in the same
 * transaction as each ledger entry (net of cancellations) and rebuildable from the ledger. Each
 * entry counts once per dimension, so a breakdown of a year on a basis reads a few hundred rows
 * where the seven-way aggregates hold about as many rows as the ledger. The region columns
 * compare in "C" so that the basis filter (`buyer_region LIKE '331127%'`) is an index range.
 */
@Entity({ name: 'turnover_rollups' })
@Check('ck_turnover_rollups_dimension', `"dimension" IN ('month', 'field', 'contract_type', 'seller')`)
@Index('ix_turnover_rollups_buyer_region', ['year', 'buyerRegion', 'dimension'])
@Index('ix_turnover_rollups_region', ['year', 'region', 'dimension'])
export class TurnoverRollup {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: PK })
  year: number;

  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: PK })
  dimension: RollupDimension;

  /** The month (1–12), field, contract type or seller organization id, as text. */
  @PrimaryColumn({ type: 'varchar', length: 36, primaryKeyConstraintName: PK })
  key: string;

  /** The seller's region. */
  @PrimaryColumn({ type: 'char', length: 6, collation: 'C', primaryKeyConstraintName: PK })
  region: string;

  @PrimaryColumn({ type: 'char', length: 6, collation: 'C', primaryKeyConstraintName: PK })
  buyerRegion: string;

  @Column({ type: 'integer', default: 0 })
  dealCount: number;

  @Column({ type: 'bigint', default: 0 })
  amountFen: string;

  @Column({ type: 'bigint', default: 0 })
  technologyAmountFen: string;
}
