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
import { checkSignedAt, normalizeRegistrationNo, signedAtMessage, todayInChina } from './deal-rules.js';

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
  };
}
