import type { TurnoverBasis } from './annual-target.entity.js';

/**
 * Whether a place lies in the market's region: its GB/T 2260 code starts with the region's
 * prefix, the code without its trailing zero pairs (county 331127 → 331127, city 331100 → 3311,
 * province 330000 → 33). A county is itself; a city covers its districts and counties.
 */
export function regionPrefix(region: string): string {
  return region.replace(/(00){1,2}$/, '');
}

export const inRegion = (code: string, prefix: string) => code.startsWith(prefix);

/**
 * Which ledger column says a contract counts for the basis, and which holds the other side:
 * inflow (技术吸纳) is the buyer in the region, bought from sellers anywhere; outflow (技术输出)
 * the seller in the region, sold to buyers anywhere. Column names from this fixed map only.
 */
export function basisColumns(basis: TurnoverBasis): { own: 'buyer_region' | 'region'; counterpart: 'buyer_region' | 'region' } {
  return basis === 'inflow' ? { own: 'buyer_region', counterpart: 'region' } : { own: 'region', counterpart: 'buyer_region' };
}
