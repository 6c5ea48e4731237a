/**
 * Builds Meilisearch filter expressions. Attribute names come from code; every value a user
 * sends is quoted and escaped here, so no input can change the meaning of a filter.
 */
export type FilterValue = string | number | boolean;

export function quote(value: FilterValue): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('filter numbers must be finite');
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const ATTRIBUTE = /^[A-Za-z_][A-Za-z0-9_.]*$/;
function attr(name: string): string {
  if (!ATTRIBUTE.test(name)) throw new Error(`invalid filter attribute ${name}`);
  return name;
}

export const filter = {
  eq: (name: string, value: FilterValue) => `${attr(name)} = ${quote(value)}`,
  neq: (name: string, value: FilterValue) => `${attr(name)} != ${quote(value)}`,
  gte: (name: string, value: number) => `${attr(name)} >= ${quote(value)}`,
  lte: (name: string, value: number) => `${attr(name)} <= ${quote(value)}`,
  in: (name: string, values: FilterValue[]) => `${attr(name)} IN [${values.map(quote).join(', ')}]`,
  exists: (name: string) => `${attr(name)} EXISTS`,
  isNull: (name: string) => `${attr(name)} IS NULL`,
  /** Each part is parenthesised, so an `OR` inside one part stays inside it. */
  and: (...parts: (string | undefined | false)[]) => joinParts(parts, 'AND'),
  or: (...parts: (string | undefined | false)[]) => joinParts(parts, 'OR'),
};

function joinParts(parts: (string | undefined | false)[], op: 'AND' | 'OR'): string | undefined {
  const kept = parts.filter((p): p is string => typeof p === 'string' && p.length > 0);
  if (kept.length === 0) return undefined;
  return kept.length === 1 ? kept[0] : kept.map((p) => `(${p})`).join(` ${op} `);
}
