import { ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { moneyProblemMessage, parseYuan } from '@app/common';

/** A decimal string in yuan (> 0, at most two decimals); numbers are refused: amounts travel as strings. */
@ValidatorConstraint({ name: 'yuan' })
export class YuanRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return 'fen' in parseYuan(value);
  }
  defaultMessage(args: ValidationArguments): string {
    const result = parseYuan(args.value);
    return 'problem' in result ? moneyProblemMessage(args.property, result.problem) : `${args.property} is invalid`;
  }
}
