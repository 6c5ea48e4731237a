import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const VOCABULARY_ACTIONS = ['seed', 'create', 'update', 'delete'] as const;
export type VocabularyAction = (typeof VOCABULARY_ACTIONS)[number];

export interface VocabularySnapshot {
  kind: string;
  field: string | null;
  triggers: string[];
  terms: string[];
  note: string | null;
  active: boolean;
}

/** The vocabulary's history: every change with the entry before and after. Its highest id is the vocabulary's revision. */
@Entity({ name: 'vocabulary_changes' })
@Check('ck_vocabulary_changes_action', `"action" IN ('seed', 'create', 'update', 'delete')`)
@Index('ix_vocabulary_changes_entry', ['entryId', 'id'])
export class VocabularyChange {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  entryId: string;

  @Column({ type: 'varchar', length: 16 })
  action: VocabularyAction;

  @Column({ type: 'jsonb', nullable: true })
  before: VocabularySnapshot | null;

  @Column({ type: 'jsonb', nullable: true })
  after: VocabularySnapshot | null;

  /** The bureau user who made it; null for seeds. */
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
