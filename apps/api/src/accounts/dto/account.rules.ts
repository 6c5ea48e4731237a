import { ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { isValidCreditCode, isValidRegionCode } from '@app/accounts';

@ValidatorConstraint({ name: 'creditCode' })
export class CreditCodeRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isValidCreditCode(value);
  }
  defaultMessage(): string {
    return 'creditCode must be a valid 18-character unified social credit code (checksum failed)';
  }
}

@ValidatorConstraint({ name: 'regionCode' })
export class RegionCodeRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isValidRegionCode(value);
  }
  defaultMessage(): string {
    return 'region must be a 6-digit administrative division code';
  }
}
