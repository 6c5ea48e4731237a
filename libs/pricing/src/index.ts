export { MIN_DEALS_FOR_RANGE, quantile, quantileAt, roundForGuidance } from './price-guidance.js';
export { PriceGuidanceService, type PriceGuidance, type PriceGuidanceQuery } from './price-guidance.service.js';
export { PricingModule } from './pricing.module.js';
