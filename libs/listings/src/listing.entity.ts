import { Check, Column, CreateDateColumn, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organization } from '@app/accounts';
import type { Field } from '@app/common';
import type { ListingStatus } from './listing-kinds.js';

/**
 * What every listing table holds: owner, title, field, keywords, contacts and the review
 * lifecycle, with the constraints the migrations named after the table. A kind's entity
 * extends `ListingColumns(table)` with its own fields.
 */
export function ListingColumns(table: 'demands' | 'outcomes') {
  @Check(`ck_${table}_status`, `"status" IN ('pending', 'published', 'rejected', 'closed', 'fulfilled', 'expired')`)
  @Check(`ck_${table}_keywords`, `cardinality("keywords") BETWEEN 1 AND 10`)
  @Index(`ix_${table}_status_updated`, ['status', 'updatedAt'])
  abstract class Listing {
    @PrimaryGeneratedColumn('uuid')
    id: string;

    @Index(`ix_${table}_organization_id`)
    @Column({ type: 'uuid' })
    organizationId: string;

    @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
    @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: `fk_${table}_organization` })
    organization?: Organization;

    @Column({ type: 'uuid' })
    createdBy: string;

    @Column({ type: 'varchar', length: 100 })
    title: string;

    @Column({ type: 'varchar', length: 32 })
    field: Field;

    @Column({ type: 'text', array: true })
    keywords: string[];

    @Column({ type: 'varchar', length: 50, nullable: true })
    contactName: string | null;

    @Column({ type: 'varchar', length: 24, nullable: true })
    contactPhone: string | null;

    @Column({ type: 'varchar', length: 254, nullable: true })
    contactEmail: string | null;

    @Column({ type: 'varchar', length: 16, default: 'pending' })
    status: ListingStatus;

    @Column({ type: 'text', nullable: true })
    rejectReason: string | null;

    @Column({ type: 'timestamptz', nullable: true })
    publishedAt: Date | null;

    /** 最近确认: when the listing was last published or reconfirmed by its owner; it expires LISTING_TTL_DAYS after. */
    @Column({ type: 'timestamptz', nullable: true })
    confirmedAt: Date | null;

    /** When the owner was reminded that the listing is about to expire (cleared by a reconfirmation). */
    @Column({ type: 'timestamptz', nullable: true })
    expiryRemindedAt: Date | null;

    @CreateDateColumn({ type: 'timestamptz' })
    createdAt: Date;

    @UpdateDateColumn({ type: 'timestamptz' })
    updatedAt: Date;
  }
  return Listing;
}
