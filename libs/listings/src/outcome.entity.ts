import { Check, Column, Entity } from 'typeorm';
import type { CooperationMode } from '@app/common';
import { FenColumn } from '@app/database';
import type { IpType } from './listing-kinds.js';
import { ListingColumns } from './listing.entity.js';

/** 科技成果: a transferable result a university or institute offers. */
@Entity({ name: 'outcomes' })
export class Outcome extends ListingColumns('outcomes') {
  /** Technology readiness level 1–9 (GB/T 22900); the stage label derives from it. */
  @Check('ck_outcomes_trl', `"trl" BETWEEN 1 AND 9`)
  @Column({ type: 'smallint' })
  trl: number;

  @Column({ type: 'text' })
  abstract: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  ipType: IpType | null;

  /** Normalised application numbers, e.g. 201310699744.2. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  patentNumbers: string[];

  @Check('ck_outcomes_modes', `cardinality("transfer_modes") BETWEEN 1 AND 5`)
  @Column({ type: 'text', array: true })
  transferModes: CooperationMode[];

  /** The asking price; 面议 when null. */
  @Check('ck_outcomes_price', `"asking_price_fen" IS NULL OR "asking_price_fen" > 0`)
  @FenColumn({ nullable: true })
  askingPriceFen: bigint | null;
}
