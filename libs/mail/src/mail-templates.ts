/** The mails the market sends, in Chinese, as plain text and HTML. Pure functions. */
export const MAIL_KINDS = ['invitation', 'password_reset', 'email_verification', 'notifications_digest'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export interface RenderedMail {
  kind: MailKind;
  subject: string;
  text: string;
  html: string;
}

const SITE = '网上技术市场';

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** A subject is one header line: user-given names never bring line breaks into it. */
const oneLine = (value: string) => value.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();

const formatTime = (date: Date) =>
  new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);

function layout(
  kind: MailKind,
  subject: string,
  paragraphs: string[],
  action?: { label: string; url: string },
  footer?: string,
): RenderedMail {
  const text = [...paragraphs, ...(action ? [`${action.label}：${action.url}`] : []), '', footer ?? '', `—— ${SITE}`]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n');
  const html = [
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>',
    escapeHtml(subject),
    '</title></head><body style="font-family:sans-serif;line-height:1.6;color:#1f2329">',
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    action ? `<p><a href="${escapeHtml(action.url)}">${escapeHtml(action.label)}</a></p><p>${escapeHtml(action.url)}</p>` : '',
    footer ? `<p style="color:#646a73">${escapeHtml(footer)}</p>` : '',
    `<p style="color:#646a73">—— ${SITE}</p></body></html>`,
  ].join('');
  return { kind, subject: oneLine(subject), text, html };
}

export const MEMBER_ROLE_LABELS = { admin: '管理员', member: '成员' } as const;

export function invitationMail(input: {
  organizationName: string;
  inviterName: string;
  role: keyof typeof MEMBER_ROLE_LABELS;
  link: string;
  expiresAt: Date;
}): RenderedMail {
  return layout(
    'invitation',
    `${oneLine(input.inviterName)}邀请您加入「${oneLine(input.organizationName)}」`,
    [
      '您好：',
      `${input.inviterName}邀请您以${MEMBER_ROLE_LABELS[input.role]}身份加入「${input.organizationName}」，在${SITE}发布需求与成果、开展对接。`,
      `请在 ${formatTime(input.expiresAt)} 前打开下面的链接，设置密码并完成加入。链接只能使用一次。`,
    ],
    { label: '接受邀请', url: input.link },
    '如果您不认识邀请人，请忽略本邮件。',
  );
}

export function passwordResetMail(input: { displayName: string; link: string; validMinutes: number }): RenderedMail {
  return layout(
    'password_reset',
    `重置您在${SITE}的密码`,
    [
      `${input.displayName}，您好：`,
      `我们收到了重置您账户密码的请求。请在 ${input.validMinutes} 分钟内打开下面的链接设置新密码，链接只能使用一次。`,
      '设置新密码后，您在其他设备上的登录会全部失效。',
    ],
    { label: '设置新密码', url: input.link },
    '如果这不是您本人的操作，请忽略本邮件，您的密码不会改变。',
  );
}

export function emailVerificationMail(input: { displayName: string; link: string; validHours: number }): RenderedMail {
  return layout(
    'email_verification',
    `请验证您在${SITE}的邮箱`,
    [
      `${input.displayName}，您好：`,
      `欢迎注册${SITE}。请在 ${input.validHours} 小时内打开下面的链接验证邮箱。验证之前，您可以登录和保存草稿，但不能发起对接或登记技术合同。`,
    ],
    { label: '验证邮箱', url: input.link },
    '如果您没有注册过，请忽略本邮件。',
  );
}

export interface DigestItem {
  title: string;
  body?: string;
  link?: string;
  at?: Date;
}

/** A summary of notifications (alerts, milestones) for one person; the caller chooses the items. */
export function notificationsDigestMail(input: {
  displayName: string;
  periodLabel: string;
  items: DigestItem[];
  link: string;
}): RenderedMail {
  const lines = input.items.map((item, i) =>
    [
      `${i + 1}. ${item.title}`,
      item.at ? `（${formatTime(item.at)}）` : '',
      item.body ? ` ${item.body}` : '',
      item.link ? ` ${item.link}` : '',
    ].join(''),
  );
  return layout(
    'notifications_digest',
    `${SITE}${oneLine(input.periodLabel)}消息汇总（${input.items.length} 条）`,
    [`${input.displayName}，您好：`, `以下是${input.periodLabel}与您有关的 ${input.items.length} 条消息：`, ...lines],
    { label: '查看全部消息', url: input.link },
    '您收到本邮件是因为您是该单位的成员。',
  );
}
