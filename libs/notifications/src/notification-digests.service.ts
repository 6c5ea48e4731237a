import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { MailService, notificationsDigestMail, type MailOutbox } from '@app/mail';

/** At most this many alerts are listed in one digest (the count in the subject is the whole day's). */
export const DIGEST_MAX_ITEMS = 20;
const DAY_MS = 86_400_000;

interface DigestMember {
  user_id: string;
  email: string;
  display_name: string;
  organization_id: string;
}

interface DigestAlert {
  type: string;
  title: string;
  created_at: Date;
}

/** China's calendar day of an instant, as `YYYY-MM-DD`. */
export const chinaDay = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * The daily digest: every active member with a verified address whose organization got alerts in
 * the day before `at`, unless they turned the digest off, gets one mail listing them. The member's row for the day is written in the
 * transaction that queues the mail, so a second run for the same day (a replayed job, a second
 * worker) sends nothing.
 */
@Injectable()
export class NotificationDigests {
  private readonly logger = new Logger(NotificationDigests.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  async sendDaily(at: Date = new Date()): Promise<{ sent: number }> {
    const day = chinaDay(at);
    const since = new Date(at.getTime() - DAY_MS);
    const members: DigestMember[] = await this.dataSource.query(
      `SELECT u.id AS user_id, u.email, u.display_name, u.organization_id FROM users u
        WHERE u.disabled_at IS NULL AND u.email_verified_at IS NOT NULL
          AND EXISTS (SELECT 1 FROM org_notifications n WHERE n.recipient_org_id = u.organization_id AND n.created_at > $1 AND n.created_at <= $2)
          AND NOT EXISTS (SELECT 1 FROM notification_digests d WHERE d.user_id = u.id AND d.day = $3)
          AND NOT EXISTS (SELECT 1 FROM notification_preferences p WHERE p.user_id = u.id AND NOT p.daily_digest)
        ORDER BY u.organization_id, u.id`,
      [since, at, day],
    );
    const alertsOf = new Map<string, Promise<{ rows: DigestAlert[]; total: number }>>();
    let sent = 0;
    for (const member of members) {
      if (!alertsOf.has(member.organization_id)) alertsOf.set(member.organization_id, this.alerts(member.organization_id, since, at));
      const { rows, total } = await alertsOf.get(member.organization_id)!;
      const queued = await this.queueOne(member, day, rows, total);
      if (!queued) continue;
      await this.mail.dispatch(queued);
      sent += 1;
    }
    if (sent > 0) this.logger.log(`notification digests for ${day}: ${sent} sent`);
    return { sent };
  }

  private async alerts(orgId: string, since: Date, at: Date): Promise<{ rows: DigestAlert[]; total: number }> {
    const rows: (DigestAlert & { total: string })[] = await this.dataSource.query(
      `SELECT type, title, created_at, count(*) OVER () AS total FROM org_notifications
        WHERE recipient_org_id = $1 AND created_at > $2 AND created_at <= $3 ORDER BY created_at DESC, id LIMIT $4`,
      [orgId, since, at, DIGEST_MAX_ITEMS],
    );
    return { rows, total: rows.length > 0 ? Number(rows[0].total) : 0 };
  }

  /** Writes the member's row for the day and queues the mail in one transaction; null when the day's digest exists. */
  private queueOne(member: DigestMember, day: string, alerts: DigestAlert[], total: number): Promise<MailOutbox | null> {
    return this.dataSource.transaction(async (manager) => {
      const claimed: unknown[] = await manager.query(
        `INSERT INTO notification_digests (user_id, day, items) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING user_id`,
        [member.user_id, day, total],
      );
      if (claimed.length === 0) return null;
      const link = `${this.config.mail.publicUrl}/notifications`;
      const rendered = notificationsDigestMail({
        displayName: member.display_name,
        periodLabel: '过去一天',
        items: alerts.map((a) => ({ title: a.title, at: new Date(a.created_at) })),
        link,
      });
      const row = await this.mail.queue(manager, member.email, rendered);
      await manager.query('UPDATE notification_digests SET mail_outbox_id = $1 WHERE user_id = $2 AND day = $3', [
        row.id,
        member.user_id,
        day,
      ]);
      return row;
    });
  }
}
