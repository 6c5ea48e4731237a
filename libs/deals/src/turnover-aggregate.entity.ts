import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ContractType, Field } from '@app/common';

/**
 * Turnover by year × month × field × contract type × seller's region × buyer's region × seller, maintained in the same
 * transaction as each ledger entry (net of cancellations) and rebuildable from the ledger.
 */
@Entity({ name: 'turnover_aggregates' })
export class TurnoverAggregate {
  @PrimaryColumn({ type: 'smallint' })
  year: number;

  @PrimaryColumn({ type: 'smallint' })
  month: number;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  field: Field;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  contractType: ContractType;

  /** The seller's region. */
  @PrimaryColumn({ type: 'char', length: 6 })
  region: string;

  @PrimaryColumn({ type: 'char', length: 6 })
  buyerRegion: string;

  @PrimaryColumn({ type: 'uuid' })
  sellerOrgId: string;

  @Column({ type: 'integer', default: 0 })
  dealCount: number;

  @Column({ type: 'bigint', default: 0 })
  amountFen: string;

  @Column({ type: 'bigint', default: 0 })
  technologyAmountFen: string;
}
