import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The bureau's targets for one year. */
@Entity({ name: 'annual_targets' })
@Check('ck_annual_targets_values', `"turnover_fen" >= 0 AND "deals" >= 0 AND "demands_published" >= 0`)
export class AnnualTarget {
  @PrimaryColumn({ type: 'smallint' })
  year: number;

  @Column({ type: 'bigint' })
  turnoverFen: string;

  @Column({ type: 'integer' })
  deals: number;

  @Column({ type: 'integer' })
  demandsPublished: number;

  @Column({ type: 'uuid', nullable: true })
  updatedByUserId: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
