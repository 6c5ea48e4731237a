/**
 * Element Plus imported component by component. The resolver and our scripts import from the
 * library's index (`element-plus/es`), which re-exports every component: a page that imports one
 * component through it makes the whole library reachable from that page, so the bundler cannot
 * leave the table or the date picker to the pages that use them, and the first page of any visit
 * downloads and evaluates every component the app uses anywhere. This plugin rewrites each named
 * import from the index into imports from the components' own modules
 * (`element-plus/es/components/form/index.mjs`), so each page's chunks hold its own components.
 * Styles are untouched: the resolver and unplugin-element-plus already import them per component.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const LIB = /^element-plus(\/es)?(\/index\.mjs)?$/;
// `import { A, B as C } from 'element-plus'` after TypeScript is stripped (type-only names are gone).
const IMPORT = /import\s*\{([^}]*)\}\s*from\s*(['"])(element-plus(?:\/es)?(?:\/index\.mjs)?)\2;?/g;

/** Which component module exports each name the index re-exports (ElForm, ElFormItem → form). */
export function exportsByName(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const components = join(dirname(require.resolve('element-plus/package.json')), 'es', 'components');
  const owner = new Map<string, string>();
  for (const dir of readdirSync(components, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    let source: string;
    try {
      source = readFileSync(join(components, dir.name, 'index.mjs'), 'utf8');
    } catch {
      continue; // a folder with styles only (form-item, …)
    }
    for (const list of source.matchAll(/export\s*\{([^}]*)\}/g)) {
      for (const spec of list[1].split(',')) {
        const exported = spec
          .trim()
          .split(/\s+as\s+/)
          .pop()!;
        if (exported && exported !== 'default' && !owner.has(exported)) {
          owner.set(exported, `element-plus/es/components/${dir.name}/index.mjs`);
        }
      }
    }
  }
  return owner;
}

/**
 * `code` with each named import from the index split into imports from the modules that
 * `owner` names; null when nothing changed. A name `owner` does not know stays with the index.
 */
export function rewriteElementPlusImports(code: string, owner: Map<string, string>): string | null {
  let changed = false;
  const out = code.replace(IMPORT, (statement: string, names: string, _q: string, from: string) => {
    if (!LIB.test(from)) return statement;
    const byModule = new Map<string, string[]>();
    for (const spec of names.split(',').map((s) => s.trim())) {
      if (!spec) continue;
      const target = owner.get(spec.split(/\s+as\s+/)[0]) ?? from;
      byModule.set(target, [...(byModule.get(target) ?? []), spec]);
    }
    changed = true;
    return [...byModule].map(([module, specs]) => `import { ${specs.join(', ')} } from '${module}';`).join('\n');
  });
  return changed ? out : null;
}

export function elementPlusDirectImports(): Plugin {
  let owner: Map<string, string>;
  return {
    name: 'techmarket:element-plus-direct-imports',
    // After unplugin-vue-components and unplugin-element-plus have added their imports.
    enforce: 'post',
    apply: 'build',
    buildStart() {
      owner = exportsByName();
    },
    transform(code, id) {
      if (id.includes('node_modules') || !code.includes('element-plus')) return null;
      const out = rewriteElementPlusImports(code, owner);
      return out === null ? null : { code: out, map: null };
    },
  };
}
