import type { ValueTransformer } from 'typeorm';

/** bigint fen in PostgreSQL ↔ bigint in code (the driver returns strings for int8). */
export const fenTransformer: ValueTransformer = {
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: string | null) => (value === null ? null : BigInt(value)),
};
