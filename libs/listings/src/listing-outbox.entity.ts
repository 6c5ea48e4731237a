import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ListingKind } from './listing-kinds.js';

/**
 * Written in the same transaction as a listing change; the worker brings the search index in
 * line with the listing's current state and marks the row done. Rows still pending after a
 * while (Redis or Meilisearch was away) are re-sent by the sweeper.
 */
@Entity({ name: 'listing_outbox' })
@Check('ck_listing_outbox_kind', `"listing_kind" IN ('demand', 'outcome')`)
@Index('ix_listing_outbox_pending', ['createdAt'], { where: '"done_at" IS NULL' })
export class ListingOutbox {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  listingKind: ListingKind;

  @Column({ type: 'uuid' })
  listingId: string;

  /** Bumped by the sweeper when it re-sends the row under a fresh job id. */
  @Column({ type: 'integer', default: 0 })
  sends: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt: Date | null;
}
