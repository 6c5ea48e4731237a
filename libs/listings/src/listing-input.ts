/**
 * Plain input types of the listing use cases and their normalisation. The api validates the
 * shape first; these checks repeat the rules that protect stored data, so that the CLI and
 * other callers cannot write what the api would refuse.
 */
import { moneyProblemMessage, parseYuan, ValidationFailedError, type CooperationMode, type Field } from '@app/common';
import { deadlineProblem, normalizeMainlandPhone } from './contact-rules.js';
import type { Demand } from './demand.entity.js';
import type { IpType } from './listing-kinds.js';
import type { ListingEntity } from './listing-types.js';
import type { Outcome } from './outcome.entity.js';
import { normalizePatentNumber } from './patent-number.js';

export interface ContactInput {
  contactName?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
}

/** What every listing's input has. */
export interface ListingInput extends ContactInput {
  title: string;
  field: Field;
  keywords: string[];
}

export interface DemandInput extends ListingInput {
  description: string;
  budgetMax?: string | null;
  deadline?: string | null;
  region: string;
  cooperationModes: CooperationMode[];
}

export interface OutcomeInput extends ListingInput {
  abstract: string;
  trl: number;
  ipType?: IpType | null;
  patentNumbers?: string[] | null;
  transferModes: CooperationMode[];
  askingPrice?: string | null;
}

/** Trimmed, de-duplicated keywords in their given order. */
export function normalizeKeywords(keywords: string[]): string[] {
  const out = Array.from(new Set(keywords.map((k) => k.trim()).filter(Boolean)));
  if (out.length < 1 || out.length > 10) throw ValidationFailedError.forField('keywords', 'keywords must hold 1 to 10 distinct words');
  return out;
}

export function fenOf(field: string, value: string | null | undefined): bigint | null {
  if (value === null || value === undefined) return null;
  const parsed = parseYuan(value);
  if ('problem' in parsed) throw ValidationFailedError.forField(field, moneyProblemMessage(field, parsed.problem));
  return parsed.fen;
}

export function deadlineOf(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const problem = deadlineProblem(value);
  if (problem) throw ValidationFailedError.forField('deadline', problem);
  return value;
}

export function patentNumbersOf(values: string[] | null | undefined): string[] {
  return Array.from(
    new Set(
      (values ?? []).map((value, i) => {
        const normal = normalizePatentNumber(value);
        if (!normal) throw ValidationFailedError.forField(`patentNumbers.${i}`, 'not a valid Chinese patent application number');
        return normal;
      }),
    ),
  );
}

const trimmedOrNull = (value: string | null | undefined) => (value === null || value === undefined ? null : value.trim() || null);

export function contactOf(input: ContactInput): { contactName: string | null; contactPhone: string | null; contactEmail: string | null } {
  let contactPhone: string | null = null;
  if (input.contactPhone) {
    contactPhone = normalizeMainlandPhone(input.contactPhone);
    if (!contactPhone) throw ValidationFailedError.forField('contactPhone', 'contactPhone must be a mainland mobile or landline number');
  }
  return {
    contactName: trimmedOrNull(input.contactName),
    contactPhone,
    contactEmail: trimmedOrNull(input.contactEmail)?.toLowerCase() ?? null,
  };
}

/** Only the keys present in a patch are applied; `undefined` leaves a column as it is. */
export function has<T extends object>(patch: T, key: keyof T): boolean {
  return Object.prototype.hasOwnProperty.call(patch, key) && patch[key] !== undefined;
}

const distinct = <T>(values: T[]): T[] => Array.from(new Set(values));

/** The columns every listing's (partial) input sets. */
function listingColumns(input: Partial<ListingInput>): Partial<ListingEntity> {
  const out: Partial<ListingEntity> = {};
  if (has(input, 'title')) out.title = input.title!.trim();
  if (has(input, 'field')) out.field = input.field;
  if (has(input, 'keywords')) out.keywords = normalizeKeywords(input.keywords!);
  const contact = contactOf(input);
  for (const key of ['contactName', 'contactPhone', 'contactEmail'] as const) if (key in input) out[key] = contact[key];
  return out;
}

export function demandColumns(input: Partial<DemandInput>): Partial<Demand> {
  const out: Partial<Demand> = listingColumns(input);
  if (has(input, 'description')) out.description = input.description!.trim();
  if ('budgetMax' in input) out.budgetMaxFen = fenOf('budgetMax', input.budgetMax);
  if ('deadline' in input) out.deadline = deadlineOf(input.deadline);
  if (has(input, 'region')) out.region = input.region;
  if (has(input, 'cooperationModes')) out.cooperationModes = distinct(input.cooperationModes!);
  return out;
}

export function outcomeColumns(input: Partial<OutcomeInput>): Partial<Outcome> {
  const out: Partial<Outcome> = listingColumns(input);
  if (has(input, 'abstract')) out.abstract = input.abstract!.trim();
  if (has(input, 'trl')) out.trl = trlOf(input.trl!);
  if ('ipType' in input) out.ipType = input.ipType ?? null;
  if ('patentNumbers' in input) out.patentNumbers = patentNumbersOf(input.patentNumbers);
  if (has(input, 'transferModes')) out.transferModes = distinct(input.transferModes!);
  if ('askingPrice' in input) out.askingPriceFen = fenOf('askingPrice', input.askingPrice);
  return out;
}

function trlOf(trl: number): number {
  if (!Number.isInteger(trl) || trl < 1 || trl > 9) throw ValidationFailedError.forField('trl', 'trl must be an integer from 1 to 9');
  return trl;
}
