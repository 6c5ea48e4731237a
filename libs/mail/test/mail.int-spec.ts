import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MailService, notificationsDigestMail, passwordResetMail } from '@app/mail';
import { startDevMailServer, type DevMailServer } from '../../../scripts/dev-mail-server.js';
import { ownRedisPrefix, waitFor } from '../../../test/helpers/deals.js';
import { startWorker } from '../../../test/helpers/listings.js';

/** Delivery through the outbox against a real SMTP server that refuses when told to. */
describe(MailService.name, () => {
  let worker: INestApplicationContext;
  let server: DevMailServer;
  let mail: MailService;
  let db: DataSource;
  let dir: string;
  /** Refusals still to give, per recipient: other suites' mail (the sweeper sends anything stale) is never refused. */
  let refusals: Record<string, { code: number; message: string }[]> = {};

  const caught = (to: string) =>
    readdirSync(dir).filter((f) => f.endsWith('.eml') && readFileSync(join(dir, f), 'latin1').includes(`To: ${to}`)).length;
  const row = async (id: string) =>
    (await db.query('SELECT sent_at, failed_at, attempts, body_text, last_error, message_id FROM mail_outbox WHERE id = $1', [id]))[0];
  const sample = () => passwordResetMail({ displayName: '陈志远', link: 'http://127.0.0.1:3000/password-reset/x', validMinutes: 60 });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'techmarket-mail-int-'));
    server = await startDevMailServer({ dir, refuse: (to) => refusals[to[0]]?.shift() });
    worker = await startWorker({ SMTP_URL: server.url, REDIS_PREFIX: ownRedisPrefix('mail') });
    mail = worker.get(MailService);
    db = worker.get(DataSource);
  });

  afterAll(async () => {
    await worker.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(() => {
    refusals = {};
  });

  describe('send', () => {
    it('delivers once after transient refusals, retried by the queue with backoff, and clears the bodies', async () => {
      refusals = {
        'retry@example.cn': [
          { code: 451, message: 'try again later' },
          { code: 421, message: 'busy' },
        ],
      };
      const before = caught('retry@example.cn');
      const queued = await mail.send('retry@example.cn', sample());
      await waitFor(async () => (await row(queued.id)).sent_at !== null, 30_000, 'the mail to be sent');
      const sent = await row(queued.id);
      expect(sent).toMatchObject({ attempts: 3, body_text: null, failed_at: null, last_error: null });
      expect(sent.message_id).toContain(`mail-${queued.id}@`);
      expect(caught('retry@example.cn')).toBe(before + 1);
    });

    it('marks a mail the server refuses for good as failed, without retrying', async () => {
      refusals = { 'gone@example.cn': [{ code: 550, message: 'no such mailbox' }] };
      const queued = await mail.send('gone@example.cn', sample());
      await waitFor(async () => (await row(queued.id)).failed_at !== null, 20_000, 'the mail to fail');
      expect(await row(queued.id)).toMatchObject({ attempts: 1, sent_at: null, body_text: null });
      expect((await row(queued.id)).last_error).toContain('no such mailbox');
    });
  });

  describe('deliver', () => {
    it('sends a row once however many deliveries race for it', async () => {
      const queued = await db.transaction((manager) =>
        mail.queue(
          manager,
          'race@example.cn',
          notificationsDigestMail({
            displayName: '周明',
            periodLabel: '本周',
            items: [{ title: '您的成果「连续化杀青工艺」有新的对接' }],
            link: 'http://127.0.0.1:3000/notifications',
          }),
        ),
      );
      const before = caught('race@example.cn');
      const results = await Promise.all(Array.from({ length: 6 }, () => mail.deliver(queued.id)));
      expect(results.filter((r) => r === 'sent')).toHaveLength(1);
      expect(await mail.deliver(queued.id)).toBe('already-done');
      expect(caught('race@example.cn')).toBe(before + 1);
    });
  });

  describe('sweep', () => {
    it('sends a mail whose job never reached the queue', async () => {
      const queued = await db.transaction((manager) => mail.queue(manager, 'lost@example.cn', sample()));
      await db.query(`UPDATE mail_outbox SET created_at = now() - interval '5 minutes' WHERE id = $1`, [queued.id]);
      const { resent } = await mail.sweep();
      expect(resent).toBeGreaterThanOrEqual(1);
      await waitFor(async () => (await row(queued.id)).sent_at !== null, 20_000, 'the swept mail to be sent');
    });
  });
});
