// Mail that goes out: the outbox written with the change that causes a mail, its delivery over
// SMTP by the worker (once), and the market's mails in Chinese.
export { MailModule } from './mail.module.js';
export { MAIL_MAX_SENDS, MAIL_STALE_SECONDS, MailService, mailJobId, type DeliveryResult } from './mail.service.js';
export { MailOutbox } from './mail-outbox.entity.js';
export {
  emailVerificationMail,
  invitationMail,
  MAIL_KINDS,
  MEMBER_ROLE_LABELS,
  notificationsDigestMail,
  passwordResetMail,
  type DigestItem,
  type MailKind,
  type RenderedMail,
} from './mail-templates.js';
