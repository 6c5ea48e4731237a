// What every lib shares: domain errors, enumerations with their Chinese labels, exact money,
// China's calendar date. Framework-free: the web front end uses these modules too.
export {
  DomainError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationFailedError,
  type CommonErrorCode,
  type FieldProblem,
} from './domain-error.js';
export { assertNever } from './assert-never.js';
export { isUniqueViolation, PG_UNIQUE_VIOLATION } from './pg-errors.js';
export {
  CONTRACT_TYPE_LABELS,
  CONTRACT_TYPES,
  COOPERATION_MODE_LABELS,
  COOPERATION_MODES,
  FIELD_LABELS,
  FIELDS,
  labelOf,
  TRL_STAGE_LABELS,
  TRL_STAGES,
  trlStage,
  type ContractType,
  type CooperationMode,
  type Field,
  type TrlStage,
} from './enums.js';
export {
  fenToIndexNumber,
  formatFen,
  formatFenGrouped,
  MAX_FEN,
  MONEY_PATTERN,
  moneyProblemMessage,
  parseYuan,
  type MoneyProblem,
} from './money.js';
export { dateInChina, endOfDayInChina, todayInChina } from './china-time.js';
export { summarize } from './text.js';
