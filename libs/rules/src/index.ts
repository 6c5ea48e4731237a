// The rules the web front end shares with the server, from one framework-free entry point:
// enumerations, exact money, China's calendar, text summaries, the credit-code checksum, region
// codes, the password policy, contact and patent-number checks. Only pure modules are re-exported here
// (no NestJS, TypeORM or Node APIs), so that Vite can bundle them; server code keeps using
// each lib's own index.
export {
  CONTRACT_TYPE_LABELS,
  CONTRACT_TYPES,
  COOPERATION_MODE_LABELS,
  COOPERATION_MODES,
  FIELD_LABELS,
  FIELDS,
  MAX_FEN,
  MONEY_PATTERN,
  summarize,
  todayInChina,
  TRL_STAGE_LABELS,
  TRL_STAGES,
  trlStage,
  type ContractType,
  type CooperationMode,
  type Field,
  type TrlStage,
} from '@app/common';
export { isValidCreditCode, normalizeCreditCode } from '../../accounts/src/credit-code.js';
export { isValidRegionCode } from '../../accounts/src/region.js';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../accounts/src/password-policy.js';
export { deadlineProblem, normalizeMainlandPhone } from '../../listings/src/contact-rules.js';
export { IP_TYPES, type IpType } from '../../listings/src/listing-kinds.js';
export { normalizePatentNumber } from '../../listings/src/patent-number.js';
export {
  CONTRACT_SUBTYPES,
  DEAL_PRICING_LABELS,
  DEAL_PRICINGS,
  PAYMENT_MODES,
  type DealPricing,
  type PaymentMode,
} from '../../deals/src/deal-terms.js';
