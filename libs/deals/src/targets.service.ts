import { Injectable } from '@nestjs/common';
import { moneyProblemMessage, parseYuan, ValidationFailedError, type FieldProblem } from '@app/common';
import { TURNOVER_BASES, type AnnualTarget, type TurnoverBasis } from './annual-target.entity.js';
import { targetNotFound } from './deals.errors.js';
import { MilestonesService } from './milestones.service.js';
import { TargetsRepository } from './targets.repository.js';

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

export interface TargetInput {
  turnover: unknown;
  deals: number;
  demandsPublished: number;
  /** Which turnover the target tracks; inflow (技术吸纳) when not given. */
  basis?: TurnoverBasis;
}

export function checkYear(year: number, field = 'year'): number {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw ValidationFailedError.forField(field, `${field} must be a year between ${MIN_YEAR} and ${MAX_YEAR}`);
  }
  return year;
}

/** The bureau's annual targets: turnover (yuan), number of deals, number of demands published. */
@Injectable()
export class TargetsService {
  constructor(
    private readonly targets: TargetsRepository,
    private readonly milestones: MilestonesService,
  ) {}

  async get(year: number): Promise<AnnualTarget> {
    const target = await this.targets.findByYear(checkYear(year));
    if (!target) throw targetNotFound(year);
    return target;
  }

  find(year: number): Promise<AnnualTarget | null> {
    return this.targets.findByYear(year);
  }

  /** Sets the year's targets; a lowered target (or another basis) may already be reached, so milestones are re-evaluated. */
  async set(year: number, input: TargetInput, userId: string | null): Promise<AnnualTarget> {
    checkYear(year);
    const problems: FieldProblem[] = [];
    const turnover = parseYuan(input.turnover);
    if ('problem' in turnover) problems.push({ field: 'turnover', messages: [moneyProblemMessage('turnover', turnover.problem)] });
    for (const field of ['deals', 'demandsPublished'] as const) {
      const value = input[field];
      if (!Number.isInteger(value) || value < 0 || value > 1_000_000) {
        problems.push({ field, messages: [`${field} must be a whole number between 0 and 1000000`] });
      }
    }
    const basis = input.basis ?? 'inflow';
    if (!(TURNOVER_BASES as readonly string[]).includes(basis))
      problems.push({ field: 'basis', messages: [`basis must be one of ${TURNOVER_BASES.join(', ')}`] });
    if (problems.length > 0 || !('fen' in turnover))
      throw new ValidationFailedError(problems, problems.map((p) => p.messages[0]).join('; '));
    const target = await this.targets.upsert({
      year,
      turnoverFen: turnover.fen.toString(),
      deals: input.deals,
      demandsPublished: input.demandsPublished,
      basis,
      updatedByUserId: userId,
    });
    await this.milestones.evaluate(year);
    return target;
  }
}
