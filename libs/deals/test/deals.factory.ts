import { randomUUID } from 'node:crypto';

/** Builders for deal inputs, shared by the lib's integration specs and the api's e2e suites. */

/** A technology development contract between two organizations, as POST /deals takes it. */
export function dealBody(buyerOrgId: string, sellerOrgId: string, overrides: Record<string, unknown> = {}) {
  return {
    buyerOrgId,
    sellerOrgId,
    contractType: 'development',
    field: 'modern_agriculture',
    amount: '1250000.00',
    signedAt: '2020-03-18',
    ...overrides,
  };
}

/** A registration number no other deal holds: `year`, 景宁 (331127), a random serial. */
export function registrationNo(year = new Date().getFullYear()): string {
  return `${year}331127${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`;
}

export const newKey = () => randomUUID();
