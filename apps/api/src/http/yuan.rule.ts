import { ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { moneyProblemMessage, parseYuan } from '@app/common';

/** A decimal string in yuan (> 0, at most two decimals, below the cap); numbers are refused: amounts travel as strings. */
@ValidatorConstraint({ name: 'yuan' })
export class YuanRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return 'fen' in parseYuan(value);
  }
  defaultMessage(args: ValidationArguments): string {
    const parsed = parseYuan(args.value);
    return 'problem' in parsed ? moneyProblemMessage(args.property, parsed.problem) : `${args.property} is invalid`;
  }
}
