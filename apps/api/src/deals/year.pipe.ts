import { Injectable, PipeTransform } from '@nestjs/common';
import { ValidationFailedError } from '@app/common';
import { checkYear, todayInChina } from '@app/deals';

/** `:year` path parameter: four digits within the accepted range, else 400 naming `year`. */
@Injectable()
export class YearParamPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (!/^\d{4}$/.test(value)) throw ValidationFailedError.forField('year', 'year must be a four-digit year, e.g. 2026');
    return checkYear(Number(value));
  }
}

export const currentYear = (): number => Number(todayInChina().slice(0, 4));
