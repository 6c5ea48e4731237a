import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Which turnover a target tracks. A contract is registered once, where its seller is, and the
 * form carries both parties' regions: a region's figure is either technology bought into it
 * (技术吸纳, buyer in the region: Zhejiang's headline figure) or sold from it (技术输出, seller in
 * the region). The two are reported side by side, never added.
 */
export const TURNOVER_BASES = ['inflow', 'outflow'] as const;
export type TurnoverBasis = (typeof TURNOVER_BASES)[number];
export const TURNOVER_BASIS_LABELS: Record<TurnoverBasis, string> = { inflow: '技术吸纳', outflow: '技术输出' };

/** The bureau's targets for one year. */
@Entity({ name: 'annual_targets' })
@Check('ck_annual_targets_basis', `"basis" IN ('inflow', 'outflow')`)
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

  @Column({ type: 'varchar', length: 8, default: 'inflow' })
  basis: TurnoverBasis;

  @Column({ type: 'uuid', nullable: true })
  updatedByUserId: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
