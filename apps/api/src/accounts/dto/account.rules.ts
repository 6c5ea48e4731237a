import { ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { isValidCreditCode } from '@app/accounts';

@ValidatorConstraint({ name: 'creditCode' })
export class CreditCodeRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isValidCreditCode(value);
  }
  defaultMessage(): string {
    return 'creditCode must be a valid 18-character unified social credit code (checksum failed)';
  }
}

// Regions are checked against the division list by the shared rule.
export { RegionCodeRule } from '../../http/region.rules.js';
