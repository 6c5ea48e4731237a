/** The code's vocabulary as seed rows for the tables: bridges by field, synonym groups from @app/search. */
import { createHash } from 'node:crypto';
import { SYNONYM_GROUPS } from '@app/search';
import { BRIDGES_BY_FIELD } from '../vocabulary.js';
import type { SeedRow } from './vocabulary.repository.js';

const key = (kind: string, words: string[]) => `${kind}:${createHash('sha256').update(words.join('\u0001')).digest('hex').slice(0, 24)}`;

export function seedRows(): SeedRow[] {
  const bridges = BRIDGES_BY_FIELD.flatMap(([field, list]) =>
    list.map((b) => ({
      seedKey: key('bridge', [...b.when, '→', ...b.add]),
      kind: 'bridge' as const,
      field,
      triggers: b.when,
      terms: b.add,
    })),
  );
  const synonyms = SYNONYM_GROUPS.map((g) => ({
    seedKey: key('synonym', g),
    kind: 'synonym' as const,
    field: null,
    triggers: g,
    terms: [],
  }));
  return [...bridges, ...synonyms];
}
