/** Mail caught by the run's SMTP server (started in the global setup): parsed, and searched by recipient. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { eventually } from './listings.js';

export interface Mail {
  file: string;
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

const dir = () => {
  const value = process.env.MAIL_CATCH_DIR;
  if (!value) throw new Error('MAIL_CATCH_DIR is not set: the global setup starts the mail server');
  return value;
};

const addresses = (value: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));

/** Every mail caught so far for `to`, oldest first. */
export async function mailsTo(to: string): Promise<Mail[]> {
  const files = readdirSync(dir())
    .filter((f) => f.endsWith('.eml'))
    .sort();
  const mails: Mail[] = [];
  for (const file of files) {
    const raw = readFileSync(join(dir(), file));
    if (!raw.toString('latin1').toLowerCase().includes(to.toLowerCase())) continue;
    const parsed = await simpleParser(raw);
    const recipients = addresses(parsed.to);
    if (!recipients.includes(to.toLowerCase())) continue;
    mails.push({
      file,
      to: recipients,
      from: parsed.from?.text ?? '',
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      html: typeof parsed.html === 'string' ? parsed.html : '',
      messageId: parsed.messageId ?? '',
    });
  }
  return mails;
}

/** Waits for the `count`-th mail to `to` whose subject matches. */
export async function waitForMail(to: string, subject: RegExp, count = 1, timeoutMs = 30_000): Promise<Mail> {
  return eventually(async () => {
    const found = (await mailsTo(to)).filter((m) => subject.test(m.subject));
    if (found.length < count) throw new Error(`no mail "${subject}" to ${to} yet (${found.length} of ${count})`);
    return found[count - 1];
  }, timeoutMs);
}

/** The token of the first link to `/<path>/<token>` in the mail. */
export function linkToken(mail: Mail, path: 'invitations' | 'password-reset' | 'verify-email'): string {
  const match = new RegExp(`/${path}/([A-Za-z0-9_-]{43})`).exec(mail.text);
  if (!match) throw new Error(`no /${path}/ link in the mail "${mail.subject}":\n${mail.text}`);
  return match[1];
}
