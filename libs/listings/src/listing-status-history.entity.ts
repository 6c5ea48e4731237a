import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ListingKind, ListingStatus } from './listing-kinds.js';

/** Every status change of a demand or an outcome: who, when, from, to, why. Append-only. */
@Entity({ name: 'listing_status_history' })
@Check('ck_listing_status_history_kind', `"listing_kind" IN ('demand', 'outcome')`)
@Index('ix_listing_status_history_listing', ['listingKind', 'listingId', 'createdAt'])
export class ListingStatusHistory {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  listingKind: ListingKind;

  @Column({ type: 'uuid' })
  listingId: string;

  /** Null for the creation of the listing. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus: ListingStatus | null;

  @Column({ type: 'varchar', length: 16 })
  toStatus: ListingStatus;

  /** The user who made the change; null for system changes (seed, deals). */
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
