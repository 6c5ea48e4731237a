import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { FieldProblem } from '@app/common';

/** One problem of one row of an imported file: the spreadsheet row (header = 1) and the column as written there. */
export interface ImportRowError extends FieldProblem {
  row: number;
  column: string | null;
}

export interface ImportReport {
  importId: string;
  accepted: number;
  rejected: number;
  errors: ImportRowError[];
}

/**
 * A file of registered contracts imported by the bureau, and the report it produced. The file
 * is idempotent twice over: by its content (SHA-256, unique per organization) and by the
 * client's Idempotency-Key (unique per organization when given). A repeat gets this report back.
 */
@Entity({ name: 'deal_imports' })
@Index('uq_deal_imports_content', ['createdByOrgId', 'contentHash'], { unique: true })
@Index('uq_deal_imports_key', ['createdByOrgId', 'idempotencyKey'], { unique: true, where: '"idempotency_key" IS NOT NULL' })
export class DealImport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  createdByOrgId: string;

  @Column({ type: 'uuid' })
  createdByUserId: string;

  @Column({ type: 'varchar', length: 128, nullable: true })
  idempotencyKey: string | null;

  @Column({ type: 'char', length: 64 })
  contentHash: string;

  @Column({ type: 'varchar', length: 200 })
  filename: string;

  @Column({ type: 'int' })
  accepted: number;

  @Column({ type: 'int' })
  rejected: number;

  @Column({ type: 'jsonb' })
  errors: ImportRowError[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
