import { Injectable } from '@nestjs/common';
import { type Field, ValidationFailedError } from '@app/common';
import { QueueProducer, type VocabularyChangedPayload } from '@app/queue';
import { DataSource } from 'typeorm';
import { synonymConflict, vocabularyEntryNotFound } from '../matching.errors.js';
import { normalizeText } from '../text.js';
import type { VocabularyChange, VocabularyAction } from './vocabulary-change.entity.js';
import type { VocabularyEntry, VocabularyKind } from './vocabulary-entry.entity.js';
import { snapshot, type VocabularyFilter, VocabularyRepository } from './vocabulary.repository.js';

export interface VocabularyInput {
  kind: VocabularyKind;
  field?: Field | null;
  triggers: string[];
  terms?: string[];
  note?: string | null;
}

export type VocabularyPatch = Partial<Omit<VocabularyInput, 'kind'>>;

/**
 * The bureau's edits of the vocabulary: each one writes the entry and its history row in one
 * transaction, then tells the worker (`matching.vocabulary.changed`) so that Meilisearch's
 * synonyms follow; every process's VocabularyStore sees the new revision within seconds.
 */
@Injectable()
export class VocabularyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: VocabularyRepository,
    private readonly producer: QueueProducer,
  ) {}

  list(filter: VocabularyFilter, page: number, limit: number): Promise<[VocabularyEntry[], number]> {
    return this.repository.listPage(filter, page, limit);
  }

  history(entryId: string | undefined, page: number, limit: number): Promise<[VocabularyChange[], number]> {
    return this.repository.history(entryId, page, limit);
  }

  async get(id: string): Promise<VocabularyEntry> {
    const entry = await this.repository.findById(id);
    if (!entry) throw vocabularyEntryNotFound();
    return entry;
  }

  async create(actorUserId: string, input: VocabularyInput): Promise<VocabularyEntry> {
    const entry = checked({
      kind: input.kind,
      field: input.field ?? null,
      triggers: input.triggers,
      terms: input.terms ?? [],
      note: input.note ?? null,
    });
    return this.write(actorUserId, 'create', async (manager) => {
      if (entry.kind === 'synonym') await this.assertFreeSynonyms(manager, entry.triggers);
      return { before: null, after: await this.repository.save(manager, { ...entry, active: true, updatedBy: actorUserId }) };
    });
  }

  async update(actorUserId: string, id: string, patch: VocabularyPatch): Promise<VocabularyEntry> {
    return this.write(actorUserId, 'update', async (manager) => {
      const found = await this.repository.lockById(manager, id);
      if (!found || !found.active) throw vocabularyEntryNotFound();
      const before = snapshot(found);
      const next = checked({
        kind: found.kind,
        field: patch.field === undefined ? found.field : patch.field,
        triggers: patch.triggers ?? found.triggers,
        terms: patch.terms ?? found.terms,
        note: patch.note === undefined ? found.note : patch.note,
      });
      if (next.kind === 'synonym') await this.assertFreeSynonyms(manager, next.triggers, id);
      return { before, after: await this.repository.save(manager, { ...found, ...next, updatedBy: actorUserId }) };
    });
  }

  /** Deactivates the entry (a seeded one is not seeded again); its history stays. */
  async remove(actorUserId: string, id: string): Promise<VocabularyEntry> {
    return this.write(actorUserId, 'delete', async (manager) => {
      const found = await this.repository.lockById(manager, id);
      if (!found || !found.active) throw vocabularyEntryNotFound();
      const before = snapshot(found);
      return { before, after: await this.repository.save(manager, { ...found, active: false, updatedBy: actorUserId }) };
    });
  }

  private async write(
    actorUserId: string,
    action: VocabularyAction,
    change: (manager: import('typeorm').EntityManager) => Promise<{ before: ReturnType<typeof snapshot> | null; after: VocabularyEntry }>,
  ): Promise<VocabularyEntry> {
    const { entry, revision } = await this.dataSource.transaction(async (manager) => {
      const { before, after } = await change(manager);
      const logged = await this.repository.logChange(manager, { entryId: after.id, action, before, after: snapshot(after), actorUserId });
      return { entry: after, revision: logged.id };
    });
    // Committed already: a lost enqueue is caught up by the worker's next start or the next change.
    await this.producer.enqueue<VocabularyChangedPayload>('matching.vocabulary.changed', { revision }, { jobId: `vocabulary-${revision}` });
    return entry;
  }

  private async assertFreeSynonyms(manager: import('typeorm').EntityManager, words: string[], exceptId?: string): Promise<void> {
    const groups = await this.repository.synonymGroupsWith(manager, words, exceptId);
    const taken = words.filter((w) => groups.some((g) => g.triggers.includes(w)));
    if (taken.length > 0) throw synonymConflict(taken);
  }
}

const MAX_WORDS = 30;
const MAX_CHARS = 20;

/** Trims and de-duplicates the words and checks the rules the matching relies on; 400 naming the field otherwise. */
function checked(entry: { kind: VocabularyKind; field: Field | null; triggers: string[]; terms: string[]; note: string | null }) {
  const clean = (list: string[]) => [...new Set(list.map((w) => w.normalize('NFKC').trim()).filter(Boolean))];
  const triggers = clean(entry.triggers);
  const terms = entry.kind === 'synonym' ? [] : clean(entry.terms);
  const problems: { field: string; messages: string[] }[] = [];
  const wordProblem = (field: string, list: string[], min: number) => {
    if (list.length < min || list.length > MAX_WORDS) return `${field} must hold ${min} to ${MAX_WORDS} distinct words`;
    const bad = list.find((w) => Array.from(w).length > MAX_CHARS);
    if (bad) return `${field}: "${bad}" is longer than ${MAX_CHARS} characters`;
    // A one-character trigger fires inside unrelated words (霉 in 霉素), so triggers need two.
    const short = list.find((w) => Array.from(normalizeText(w)).length < 2);
    if (short) return `${field}: "${short}" is shorter than 2 characters`;
    return undefined;
  };
  const t = wordProblem('triggers', triggers, entry.kind === 'synonym' ? 2 : 1);
  if (t) problems.push({ field: 'triggers', messages: [t] });
  if (entry.kind === 'bridge') {
    const a = wordProblem('terms', terms, 1);
    if (a) problems.push({ field: 'terms', messages: [a] });
  }
  if (problems.length > 0) throw new ValidationFailedError(problems, problems.map((p) => p.messages[0]).join('; '));
  return { ...entry, triggers, terms };
}
