import { Check, Column, Entity } from 'typeorm';
import type { CooperationMode } from '@app/common';
import { FenColumn } from '@app/database';
import { ListingColumns } from './listing.entity.js';

/** 技术需求: a technical problem an enterprise wants solved. */
@Entity({ name: 'demands' })
export class Demand extends ListingColumns('demands') {
  @Column({ type: 'text' })
  description: string;

  /** The budget ceiling; 面议 when null. */
  @Check('ck_demands_budget', `"budget_max_fen" IS NULL OR "budget_max_fen" > 0`)
  @FenColumn({ nullable: true })
  budgetMaxFen: bigint | null;

  /** YYYY-MM-DD (a calendar date, no time zone). */
  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  /** Where the problem is: a 6-digit administrative division code. */
  @Check('ck_demands_region', `"region" ~ '^[0-9]{6}$'`)
  @Column({ type: 'char', length: 6 })
  region: string;

  @Check('ck_demands_modes', `cardinality("cooperation_modes") BETWEEN 1 AND 5`)
  @Column({ type: 'text', array: true })
  cooperationModes: CooperationMode[];
}
