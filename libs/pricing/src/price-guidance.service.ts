import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CONTRACT_TYPES,
  FIELDS,
  todayInChina,
  TRL_STAGES,
  ValidationFailedError,
  type ContractType,
  type Field,
  type TrlStage,
} from '@app/common';
import { DataSource } from 'typeorm';
import { MIN_DEALS_FOR_RANGE, quantileAt, roundForGuidance } from './price-guidance.js';

export interface PriceGuidanceQuery {
  field?: string;
  stage?: string;
  mode?: string;
}

export type PriceGuidance =
  | { n: number; insufficient: true; since: string; field: Field | null; stage: TrlStage | null; mode: ContractType | null }
  | {
      n: number;
      insufficient: false;
      since: string;
      field: Field | null;
      stage: TrlStage | null;
      mode: ContractType | null;
      p25Fen: bigint;
      medianFen: bigint;
      p75Fen: bigint;
    };

/** TRL ranges of the stages (GB/T 22900), as `trlStage()` assigns them. */
const STAGE_TRL: Record<TrlStage, [number, number]> = { lab: [1, 3], pilot_small: [4, 5], pilot: [6, 7], industrial: [8, 9] };

/**
 * What comparable contracts fetched: the quartiles of the 技术交易额 of recorded deals signed in
 * the last three years, by technical field, the stage of the outcome sold (its TRL) and the kind
 * of contract (转让, 许可, 开发…). Below five deals only the count; figures rounded to three
 * significant figures, and never a minimum or maximum, so no answer is one contract's amount.
 */
@Injectable()
export class PriceGuidanceService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async guidance(query: PriceGuidanceQuery, today = todayInChina()): Promise<PriceGuidance> {
    const field = pick('field', query.field, FIELDS);
    const stage = pick('stage', query.stage, TRL_STAGES);
    const mode = pick('mode', query.mode, CONTRACT_TYPES);
    const since = `${Number(today.slice(0, 4)) - 3}${today.slice(4)}`;
    const params: unknown[] = [since];
    const where = [`d.status = 'recorded'`, 'd.signed_at > $1'];
    if (field) where.push(`d.field = $${params.push(field)}`);
    if (mode) where.push(`d.contract_type = $${params.push(mode)}`);
    if (stage) {
      const [lo, hi] = STAGE_TRL[stage];
      where.push(`o.trl BETWEEN $${params.push(lo)} AND $${params.push(hi)}`);
    }
    const join = stage ? 'JOIN outcomes o ON o.id = d.outcome_id' : '';
    // Only the rows the three quartiles read leave the database (with n), however many deals match.
    const rows: { i: string; fen: string; n: string }[] = await this.db.query(
      `WITH s AS (
         SELECT d.technology_amount_fen AS fen, row_number() OVER (ORDER BY d.technology_amount_fen) - 1 AS i, count(*) OVER () AS n
           FROM deals d ${join} WHERE ${where.join(' AND ')})
       SELECT i::text, fen::text, n::text FROM s
        WHERE i IN (floor((n - 1) * 0.25), floor((n - 1) * 0.25) + 1, floor((n - 1) * 0.5), floor((n - 1) * 0.5) + 1,
                    floor((n - 1) * 0.75), floor((n - 1) * 0.75) + 1)`,
      params,
    );
    const n = rows.length > 0 ? Number(rows[0].n) : 0;
    const base = { n, since, field, stage, mode };
    if (n < MIN_DEALS_FOR_RANGE) return { ...base, insufficient: true };
    const at = new Map(rows.map((r) => [Number(r.i), BigInt(r.fen)]));
    const q = (p: number) => roundForGuidance(quantileAt((i) => at.get(i)!, n, p));
    return { ...base, insufficient: false, p25Fen: q(0.25), medianFen: q(0.5), p75Fen: q(0.75) };
  }
}

function pick<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | null {
  if (value === undefined || value === '') return null;
  if (!allowed.includes(value as T)) throw ValidationFailedError.forField(name, `${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}
