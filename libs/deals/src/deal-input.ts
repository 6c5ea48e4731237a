import {
  CONTRACT_TYPES,
  FIELDS,
  moneyProblemMessage,
  parseYuan,
  ValidationFailedError,
  type ContractType,
  type Field,
  type FieldProblem,
} from '@app/common';
import { DEAL_PRICINGS, PAYMENT_MODES, type DealPricing, type PaymentMode } from './deal.entity.js';
import { CONTRACT_SUBTYPES, checkSignedAt, normalizeRegistrationNo, signedAtMessage, todayInChina } from './deal-rules.js';

/** A deal as the api receives it (amounts are decimal strings in yuan). */
export interface DealInput {
  buyerOrgId: string;
  sellerOrgId: string;
  demandId?: string | null;
  outcomeId?: string | null;
  inquiryId?: string | null;
  contractType: ContractType;
  field?: Field | null;
  amount: unknown;
  technologyAmount?: unknown;
  signedAt: string;
  registrationNo?: string | null;
  /** 定价方式; `listing` when left out. */
  pricing?: DealPricing | null;
  /** 合同名称. */
  title?: string | null;
  /** 合同类别 within the contract type (CONTRACT_SUBTYPES). */
  contractSubtype?: string | null;
  termStart?: string | null;
  termEnd?: string | null;
  paymentMode?: PaymentMode | null;
}

/** The same deal checked and normalized: fen, defaults applied, registration number canonical. */
export interface NormalizedDeal {
  buyerOrgId: string;
  sellerOrgId: string;
  demandId: string | null;
  outcomeId: string | null;
  inquiryId: string | null;
  contractType: ContractType;
  field: Field | null;
  amountFen: bigint;
  technologyAmountFen: bigint;
  signedAt: string;
  registrationNo: string | null;
  pricing: DealPricing;
  title: string | null;
  contractSubtype: string | null;
  termStart: string | null;
  termEnd: string | null;
  paymentMode: PaymentMode | null;
}

/** Checks every rule that needs no database; throws one ValidationFailedError listing all problems. */
export function normalizeDealInput(input: DealInput, today = todayInChina()): NormalizedDeal {
  const problems: FieldProblem[] = [];
  const fail = (field: string, message: string) => problems.push({ field, messages: [message] });
  const amount = parseYuan(input.amount);
  if ('problem' in amount) fail('amount', moneyProblemMessage('amount', amount.problem));
  const technology = input.technologyAmount === undefined || input.technologyAmount === null ? null : parseYuan(input.technologyAmount);
  if (technology && 'problem' in technology) fail('technologyAmount', moneyProblemMessage('technologyAmount', technology.problem));
  const amountFen = 'fen' in amount ? amount.fen : 0n;
  const technologyAmountFen = technology && 'fen' in technology ? technology.fen : amountFen;
  if ('fen' in amount && technologyAmountFen > amountFen)
    fail('technologyAmount', 'technologyAmount must not exceed amount (技术交易额不能超过成交额)');
  if (input.buyerOrgId === input.sellerOrgId) fail('sellerOrgId', 'sellerOrgId must differ from buyerOrgId (买卖双方不能为同一单位)');
  if (!(CONTRACT_TYPES as readonly string[]).includes(input.contractType))
    fail('contractType', `contractType must be one of ${CONTRACT_TYPES.join(', ')}`);
  if (input.field != null && !(FIELDS as readonly string[]).includes(input.field))
    fail('field', `field must be one of ${FIELDS.join(', ')}`);
  const dateProblem = typeof input.signedAt === 'string' ? checkSignedAt(input.signedAt, today) : 'format';
  if (dateProblem) fail('signedAt', signedAtMessage(dateProblem));
  const registrationNo = input.registrationNo ? normalizeRegistrationNo(input.registrationNo, today) : null;
  if (input.registrationNo && !registrationNo) {
    fail(
      'registrationNo',
      'registrationNo must be a technology contract registration number: year, 6-digit region code, 8–10 digit serial',
    );
  }
  checkRegistrationFields(input, fail);
  if (problems.length > 0) throw new ValidationFailedError(problems, problems.map((p) => `${p.field}: ${p.messages[0]}`).join('; '));
  return {
    buyerOrgId: input.buyerOrgId,
    sellerOrgId: input.sellerOrgId,
    demandId: input.demandId ?? null,
    outcomeId: input.outcomeId ?? null,
    inquiryId: input.inquiryId ?? null,
    contractType: input.contractType,
    field: input.field ?? null,
    amountFen,
    technologyAmountFen,
    signedAt: input.signedAt,
    registrationNo,
    pricing: input.pricing ?? 'listing',
    title: input.title?.trim() || null,
    contractSubtype: input.contractSubtype ?? null,
    termStart: input.termStart ?? null,
    termEnd: input.termEnd ?? null,
    paymentMode: input.paymentMode ?? null,
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string) => DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/** The registration form's fields the declaring party may give: pricing, name, subtype, term, payment. */
function checkRegistrationFields(input: DealInput, fail: (field: string, message: string) => void): void {
  if (input.pricing != null && !(DEAL_PRICINGS as readonly string[]).includes(input.pricing))
    fail('pricing', `pricing must be one of ${DEAL_PRICINGS.join(', ')} (定价方式)`);
  if (input.title != null && (typeof input.title !== 'string' || input.title.trim().length > 200))
    fail('title', 'title must be at most 200 characters (合同名称)');
  const subtypes: readonly string[] = CONTRACT_SUBTYPES[input.contractType as keyof typeof CONTRACT_SUBTYPES] ?? [];
  if (input.contractSubtype != null && !subtypes.includes(input.contractSubtype))
    fail('contractSubtype', `contractSubtype must be one of ${subtypes.join(', ') || '(none for this contract type)'} (合同类别)`);
  for (const field of ['termStart', 'termEnd'] as const) {
    const value = input[field];
    if (value != null && (typeof value !== 'string' || !isDate(value))) fail(field, `${field} must be a date written YYYY-MM-DD`);
  }
  if (input.termStart && input.termEnd && isDate(input.termStart) && isDate(input.termEnd) && input.termEnd < input.termStart)
    fail('termEnd', 'termEnd must not be before termStart (合同期限)');
  if (input.paymentMode != null && !(PAYMENT_MODES as readonly string[]).includes(input.paymentMode))
    fail('paymentMode', `paymentMode must be one of ${PAYMENT_MODES.join(', ')} (支付方式)`);
}
