import { DomainError } from '@app/common';

export type AccountsErrorCode = 'EMAIL_TAKEN' | 'ORGANIZATION_EXISTS' | 'INVALID_CREDENTIALS' | 'ORGANIZATION_NOT_FOUND' | 'WEAK_PASSWORD';

export class AccountsError extends DomainError<AccountsErrorCode> {}

export const emailTaken = () => new AccountsError('EMAIL_TAKEN', 'An account with this email already exists');
export const organizationExists = () =>
  new AccountsError(
    'ORGANIZATION_EXISTS',
    'An organization with this unified social credit code is already registered; ask its administrator to add you',
  );
export const invalidCredentials = () => new AccountsError('INVALID_CREDENTIALS', 'Email or password is incorrect');
export const organizationNotFound = () => new AccountsError('ORGANIZATION_NOT_FOUND', 'Organization not found');
export const weakPassword = (problems: string[]) =>
  new AccountsError('WEAK_PASSWORD', problems.join('; '), { errors: [{ field: 'password', messages: problems }] });
