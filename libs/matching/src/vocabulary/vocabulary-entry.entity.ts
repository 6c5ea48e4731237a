import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Field } from '@app/common';

export const VOCABULARY_KINDS = ['bridge', 'synonym'] as const;
export type VocabularyKind = (typeof VOCABULARY_KINDS)[number];
export const VOCABULARY_KIND_LABELS: Record<VocabularyKind, string> = { bridge: '术语桥接', synonym: '同义词' };

/**
 * One entry of the market's vocabulary. A bridge: words an enterprise writes (`triggers`) → the
 * research terms an answering listing uses (`terms`), one way, for match queries only. A synonym
 * group: words that mean the same (`triggers`; `terms` empty), loaded into Meilisearch too.
 * Seeded entries keep the key of their seed, so a release adds new seeds without bringing back
 * what the bureau deleted (deleting only deactivates).
 */
@Entity({ name: 'vocabulary_entries' })
@Check('ck_vocabulary_entries_kind', `"kind" IN ('bridge', 'synonym')`)
@Check('ck_vocabulary_entries_triggers', `cardinality("triggers") >= 1`)
@Index('ix_vocabulary_entries_active', ['kind', 'active'])
export class VocabularyEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  kind: VocabularyKind;

  /** The field it belongs to (for the bureau's overview); null = any field. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  field: Field | null;

  @Column({ type: 'text', array: true })
  triggers: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  terms: string[];

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Set for entries seeded from the code's vocabulary; unique, so a seed is inserted once ever. */
  @Index('uq_vocabulary_entries_seed_key', { unique: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  seedKey: string | null;

  @Column({ type: 'uuid', nullable: true })
  updatedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
