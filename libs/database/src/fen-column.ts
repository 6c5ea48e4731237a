import { Column, type ColumnOptions, type ValueTransformer } from 'typeorm';

/** bigint fen in PostgreSQL ↔ bigint in code (the driver returns strings for int8). */
export const fenTransformer: ValueTransformer = {
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: string | null) => (value === null ? null : BigInt(value)),
};

/** A money column: integer fen in a `bigint` column, a `bigint` in code, never a float. */
export const FenColumn = (options: Pick<ColumnOptions, 'nullable' | 'comment'> = {}): PropertyDecorator =>
  Column({ type: 'bigint', transformer: fenTransformer, ...options });
