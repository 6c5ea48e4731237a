import { emailVerificationMail, invitationMail, notificationsDigestMail } from './mail-templates.js';

describe('mail templates', () => {
  describe(invitationMail.name, () => {
    it('names the organization, the inviter and the role in Chinese, with the link in both parts', () => {
      const mail = invitationMail({
        organizationName: '东瓯理工大学',
        inviterName: '周明',
        role: 'member',
        link: 'https://market.example.cn/invitations/abc',
        expiresAt: new Date('2026-12-08T02:00:00Z'),
      });
      expect(mail.subject).toBe('周明邀请您加入「东瓯理工大学」');
      expect(mail.text).toContain('以成员身份加入');
      expect(mail.text).toContain('2026/12/08 10:00');
      expect(mail.text).toContain('https://market.example.cn/invitations/abc');
      expect(mail.html).toContain('href="https://market.example.cn/invitations/abc"');
    });

    it('escapes names in the HTML and keeps line breaks out of the subject', () => {
      const mail = invitationMail({
        organizationName: '<script>alert(1)</script>\r\nBcc: x@evil.cn',
        inviterName: '"周"',
        role: 'admin',
        link: 'https://market.example.cn/invitations/abc',
        expiresAt: new Date(),
      });
      expect(mail.html).not.toContain('<script>');
      expect(mail.html).toContain('&lt;script&gt;');
      expect(mail.subject).not.toMatch(/[\r\n]/);
    });
  });

  it('words the verification mail around what waits for it', () => {
    expect(emailVerificationMail({ displayName: '陈志远', link: 'l', validHours: 168 }).text).toContain('不能发起对接或登记技术合同');
  });

  it('numbers the items of a digest and counts them in the subject', () => {
    const mail = notificationsDigestMail({
      displayName: '陈志远',
      periodLabel: '本周',
      items: [{ title: '新的对接' }, { title: '合同已登记', body: '120000.00 元' }],
      link: 'l',
    });
    expect(mail.subject).toContain('（2 条）');
    expect(mail.text).toMatch(/1\. 新的对接\n2\. 合同已登记 120000\.00 元/);
  });
});
