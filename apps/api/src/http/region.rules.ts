import { ValidatorConstraint, ValidatorConstraintInterface, type ValidationArguments } from 'class-validator';
import { isRegionCode, regionSearchPrefix } from '@app/regions';

/** A GB/T 2260 code that names a place; `339999` (no such county) is refused. */
@ValidatorConstraint({ name: 'regionCode' })
export class RegionCodeRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return isRegionCode(value);
  }
  defaultMessage(args?: ValidationArguments): string {
    return `${args?.property ?? 'region'} must be a GB/T 2260 administrative division code that names a place (e.g. 331127 景宁畲族自治县)`;
  }
}

/** A search's region: a province (`33`), a city (`3311`), a county (`331127`) or the 6-digit code of one. */
@ValidatorConstraint({ name: 'regionPrefix' })
export class RegionPrefixRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && regionSearchPrefix(value) !== undefined;
  }
  defaultMessage(): string {
    return 'region must name a place: a province (33), a city (3311) or a county (331127) administrative division code';
  }
}
