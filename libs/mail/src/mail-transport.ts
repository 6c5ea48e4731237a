import { Injectable, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { AppConfig } from '@app/config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

/** nodemailer over SMTP from SMTP_URL, a pooled connection per worker, with bounded waits. */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private transporter?: Transporter;

  constructor(private readonly config: AppConfig) {}

  async send(mail: OutgoingMail): Promise<{ messageId: string; response: string }> {
    this.transporter ??= nodemailer.createTransport(this.config.mail.smtpUrl, {
      from: this.config.mail.from,
      pool: true,
      maxConnections: 2,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as never);
    const info = await this.transporter.sendMail({ ...mail, from: this.config.mail.from });
    return { messageId: String(info.messageId ?? mail.messageId), response: String(info.response ?? '') };
  }

  onModuleDestroy(): void {
    this.transporter?.close();
  }
}

/** An SMTP answer that will not change on a retry (5xx: no such mailbox, refused). */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: number })?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
