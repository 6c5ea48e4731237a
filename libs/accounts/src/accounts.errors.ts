import { DomainError } from '@app/common';

export type AccountsErrorCode =
  | 'EMAIL_TAKEN'
  | 'ORGANIZATION_EXISTS'
  | 'INVALID_CREDENTIALS'
  | 'ORGANIZATION_NOT_FOUND'
  | 'WEAK_PASSWORD'
  | 'ACCOUNT_DISABLED'
  | 'LINK_INVALID'
  | 'MEMBER_NOT_FOUND'
  | 'INVITATION_NOT_FOUND'
  | 'LAST_ADMIN'
  | 'EMAIL_NOT_VERIFIED'
  | 'EMAIL_ALREADY_VERIFIED';

export class AccountsError extends DomainError<AccountsErrorCode> {}

export const emailTaken = () => new AccountsError('EMAIL_TAKEN', 'An account with this email already exists');
export const organizationExists = () =>
  new AccountsError(
    'ORGANIZATION_EXISTS',
    '该统一社会信用代码的单位已经注册。请联系本单位的管理员，请其在“成员管理”中向您的邮箱发送邀请。',
  );
export const invalidCredentials = () => new AccountsError('INVALID_CREDENTIALS', 'Email or password is incorrect');
export const organizationNotFound = () => new AccountsError('ORGANIZATION_NOT_FOUND', 'Organization not found');
export const weakPassword = (problems: string[], field = 'password') =>
  new AccountsError('WEAK_PASSWORD', problems.join('; '), { errors: [{ field, messages: problems }] });
export const accountDisabled = () => new AccountsError('ACCOUNT_DISABLED', '该账户已被单位管理员停用');
export const linkInvalid = () => new AccountsError('LINK_INVALID', '链接无效、已经使用过或已过期，请重新申请');
export const memberNotFound = () => new AccountsError('MEMBER_NOT_FOUND', '本单位没有这位成员');
export const invitationNotFound = () => new AccountsError('INVITATION_NOT_FOUND', '本单位没有这份待接受的邀请：它可能已被接受或撤回');
export const lastAdmin = () => new AccountsError('LAST_ADMIN', '单位至少要保留一名在用的管理员：请先任命另一位管理员');
export const emailNotVerified = () =>
  new AccountsError('EMAIL_NOT_VERIFIED', '请先验证邮箱：打开注册时收到的验证邮件中的链接。验证之前不能发起对接或登记技术合同。');
export const emailAlreadyVerified = () => new AccountsError('EMAIL_ALREADY_VERIFIED', '邮箱已经验证过了');
