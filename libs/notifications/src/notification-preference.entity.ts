import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A member's choices about notifications; without a row, the defaults (the daily digest on). */
@Entity({ name: 'notification_preferences' })
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  /** Whether the member gets the daily digest mail of the organization's alerts. */
  @Column({ type: 'boolean', default: true })
  dailyDigest: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
