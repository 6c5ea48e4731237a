import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * The web bundles @app/rules (apps/web/vite.config.ts): every module it reaches must be pure,
 * with no NestJS, TypeORM, class-validator or Node.js import, or Vite would pull a server
 * framework into the browser.
 */
const root = resolve(process.cwd());
const aliases: Record<string, string> = { '@app/common': 'libs/common/src/index.ts', '@app/rules': 'libs/rules/src/index.ts' };

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
}

function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const specifiers = importsOf(file);
    seen.set(file, specifiers);
    for (const spec of specifiers) {
      if (aliases[spec]) visit(resolve(root, aliases[spec]));
      else if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
    }
  };
  visit(resolve(root, entry));
  return seen;
}

describe('@app/rules, the web’s one entry into the shared rules', () => {
  it('reaches only pure modules', () => {
    const modules = reachable(aliases['@app/rules']);
    expect(modules.size).toBeGreaterThan(5);
    const foreign = [...modules].flatMap(([file, specs]) =>
      specs.filter((s) => !s.startsWith('.') && !aliases[s]).map((s) => `${file.slice(root.length + 1)} imports ${s}`),
    );
    expect(foreign).toEqual([]);
  });
});
