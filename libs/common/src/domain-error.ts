/**
 * The one error type libraries throw. It carries a stable string `code` that the api's
 * error filter maps to an HTTP status, so the same error makes sense in the worker and the CLI.
 */
export interface FieldProblem {
  field: string;
  messages: string[];
}

export class DomainError<C extends string = string> extends Error {
  constructor(
    readonly code: C,
    message: string,
    readonly details?: { errors?: FieldProblem[]; [key: string]: unknown },
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export type CommonErrorCode = 'VALIDATION_FAILED' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CONFLICT' | 'RATE_LIMITED';

export class ValidationFailedError extends DomainError<'VALIDATION_FAILED'> {
  constructor(errors: FieldProblem[], message = 'Request validation failed') {
    super('VALIDATION_FAILED', message, { errors });
  }

  static forField(field: string, message: string): ValidationFailedError {
    return new ValidationFailedError([{ field, messages: [message] }], `${field}: ${message}`);
  }
}

export class UnauthenticatedError extends DomainError<'UNAUTHENTICATED'> {
  constructor(message = 'Authentication required') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError<'FORBIDDEN'> {
  constructor(message = 'Not allowed for this role') {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends DomainError<'NOT_FOUND'> {
  constructor(what: string) {
    super('NOT_FOUND', `${what} not found`);
  }
}
