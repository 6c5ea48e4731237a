import { ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { deadlineProblem, normalizeMainlandPhone, normalizePatentNumber } from '@app/listings';

@ValidatorConstraint({ name: 'deadline' })
export class DeadlineRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && deadlineProblem(value) === null;
  }
  defaultMessage(args: ValidationArguments): string {
    return typeof args.value === 'string'
      ? (deadlineProblem(args.value) ?? 'deadline is invalid')
      : 'deadline must be a date written YYYY-MM-DD';
  }
}

@ValidatorConstraint({ name: 'mainlandPhone' })
export class MainlandPhoneRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && normalizeMainlandPhone(value) !== null;
  }
  defaultMessage(): string {
    return 'contactPhone must be a mainland mobile number (e.g. 13812345678) or a landline with area code (e.g. 0578-6123456)';
  }
}

@ValidatorConstraint({ name: 'patentNumber' })
export class PatentNumberRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return Array.isArray(value) && value.every((v) => typeof v === 'string' && normalizePatentNumber(v) !== null);
  }
  defaultMessage(args: ValidationArguments): string {
    const bad = Array.isArray(args.value) ? args.value.filter((v) => typeof v !== 'string' || normalizePatentNumber(v) === null) : [];
    return `patentNumbers must be Chinese patent application numbers like 201310699744.2 (check character verified); invalid: ${bad.map(String).join(', ')}`;
  }
}

/** Keywords: each a non-blank word of at most 20 characters. */
@ValidatorConstraint({ name: 'keywords' })
export class KeywordsRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return Array.isArray(value) && value.every((k) => typeof k === 'string' && k.trim().length >= 1 && k.trim().length <= 20);
  }
  defaultMessage(): string {
    return 'each keyword must be 1 to 20 characters';
  }
}

export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
export const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value;
