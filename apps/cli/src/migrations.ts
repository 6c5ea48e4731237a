import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppConfig } from '@app/config';
import { pendingSchemaChanges, runMigrations } from '@app/database';
import { migrationDataSource } from './migration-data-source.js';

/** Exit code 1 when the entities describe a schema the migrations do not build. */
export async function checkMigrations(config: AppConfig): Promise<string[]> {
  await runMigrations(config, () => undefined);
  const ds = await migrationDataSource(config).initialize();
  try {
    return (await pendingSchemaChanges(ds)).up;
  } finally {
    await ds.destroy();
  }
}

const MIGRATIONS_DIR = 'libs/database/src/migrations';

/** Writes `<timestamp>-<Name>.ts` from the schema diff and appends it to the migration list. */
export async function generateMigration(config: AppConfig, name: string, root = process.cwd()): Promise<string | null> {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new Error('migration name must be PascalCase, e.g. AddDeals');
  await runMigrations(config, () => undefined);
  const ds = await migrationDataSource(config).initialize();
  let diff: { up: string[]; down: string[] };
  try {
    diff = await pendingSchemaChanges(ds);
  } finally {
    await ds.destroy();
  }
  if (diff.up.length === 0) return null;
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const file = join(resolve(root, MIGRATIONS_DIR), `${timestamp}-${name}.ts`);
  const lines = (queries: string[]) => queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(diff.up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines([...diff.down].reverse())}
  }
}
`,
  );
  const indexFile = join(resolve(root, MIGRATIONS_DIR), 'index.ts');
  const index = readFileSync(indexFile, 'utf8')
    .replace(/\n(\nexport const MIGRATIONS)/, `\nimport { ${className} } from './${timestamp}-${name}.js';\n$1`)
    .replace(/= \[(.*)\];/s, (_m, list: string) => `= [${[list.trim().replace(/,$/, ''), className].filter(Boolean).join(', ')}];`);
  writeFileSync(indexFile, index);
  await formatFiles([file, indexFile]);
  return file;
}

/** Generated files follow the project's formatting; prettier is a dev tool, loaded only here. */
async function formatFiles(files: string[]): Promise<void> {
  const prettier = await import('prettier');
  for (const file of files) {
    const options = (await prettier.resolveConfig(file)) ?? {};
    writeFileSync(file, await prettier.format(readFileSync(file, 'utf8'), { ...options, filepath: file }));
  }
}
