import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { VocabularyChange, type VocabularySnapshot } from './vocabulary-change.entity.js';
import { VocabularyEntry, type VocabularyKind } from './vocabulary-entry.entity.js';

export interface VocabularyFilter {
  kind?: VocabularyKind;
  field?: string;
  /** A word that a trigger or a term contains. */
  q?: string;
  includeInactive?: boolean;
}

export interface SeedRow {
  seedKey: string;
  kind: VocabularyKind;
  field: string | null;
  triggers: string[];
  terms: string[];
}

export function snapshot(e: VocabularyEntry): VocabularySnapshot {
  return { kind: e.kind, field: e.field, triggers: e.triggers, terms: e.terms, note: e.note, active: e.active };
}

@Injectable()
export class VocabularyRepository {
  constructor(
    @InjectRepository(VocabularyEntry) private readonly entries: Repository<VocabularyEntry>,
    @InjectRepository(VocabularyChange) private readonly changes: Repository<VocabularyChange>,
  ) {}

  /** The highest change id: it moves with every change, so processes compare it to know they are stale. */
  async revision(): Promise<string> {
    const [row] = (await this.changes.query('SELECT coalesce(max(id), 0)::text AS revision FROM vocabulary_changes')) as {
      revision: string;
    }[];
    return row.revision;
  }

  active(): Promise<VocabularyEntry[]> {
    // Seeds share one insert time: their key keeps the order stable from one load to the next.
    return this.entries.find({ where: { active: true }, order: { createdAt: 'ASC', seedKey: 'ASC', id: 'ASC' } });
  }

  findById(id: string): Promise<VocabularyEntry | null> {
    return this.entries.findOneBy({ id });
  }

  lockById(manager: EntityManager, id: string): Promise<VocabularyEntry | null> {
    return manager.getRepository(VocabularyEntry).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async listPage(filter: VocabularyFilter, page: number, limit: number): Promise<[VocabularyEntry[], number]> {
    const qb = this.entries.createQueryBuilder('e');
    if (!filter.includeInactive) qb.andWhere('e.active = true');
    if (filter.kind) qb.andWhere('e.kind = :kind', { kind: filter.kind });
    if (filter.field) qb.andWhere('e.field = :field', { field: filter.field });
    if (filter.q) {
      qb.andWhere(`EXISTS (SELECT 1 FROM unnest(e.triggers || e.terms) AS w WHERE strpos(lower(w), lower(:q)) > 0)`, { q: filter.q });
    }
    return qb
      .orderBy('e.updatedAt', 'DESC')
      .addOrderBy('e.id', 'ASC')
      .skip((page - 1) * limit)
      .take(limit)
      .getManyAndCount();
  }

  /** Active synonym groups holding any of the words (a word belongs to one group only). */
  async synonymGroupsWith(manager: EntityManager, words: string[], exceptId?: string): Promise<VocabularyEntry[]> {
    const qb = manager
      .getRepository(VocabularyEntry)
      .createQueryBuilder('e')
      .where(`e.kind = 'synonym' AND e.active = true AND e.triggers && :words::text[]`, { words });
    if (exceptId) qb.andWhere('e.id <> :exceptId', { exceptId });
    return qb.getMany();
  }

  save(manager: EntityManager, entry: Partial<VocabularyEntry>): Promise<VocabularyEntry> {
    return manager.getRepository(VocabularyEntry).save(entry);
  }

  async logChange(manager: EntityManager, change: Omit<VocabularyChange, 'id' | 'createdAt'>): Promise<VocabularyChange> {
    return manager.getRepository(VocabularyChange).save(change);
  }

  history(entryId: string | undefined, page: number, limit: number): Promise<[VocabularyChange[], number]> {
    return this.changes.findAndCount({
      where: entryId ? { entryId } : {},
      order: { id: 'DESC' },
      skip: (page - 1) * limit,
      take: limit,
    });
  }

  /**
   * Inserts the seeds not inserted before (by seed key; deleted ones stay deleted) and logs each
   * as a `seed` change, in one statement, so that concurrent starts insert each seed once.
   */
  async seed(rows: SeedRow[]): Promise<number> {
    if (rows.length === 0) return 0;
    const result = (await this.entries.query(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(seed_key text, kind text, field text, triggers text[], terms text[])
       ), inserted AS (
         INSERT INTO vocabulary_entries (seed_key, kind, field, triggers, terms)
         SELECT seed_key, kind, field, triggers, terms FROM input
         ON CONFLICT (seed_key) DO NOTHING
         RETURNING id, kind, field, triggers, terms, note, active
       )
       INSERT INTO vocabulary_changes (entry_id, action, after)
       SELECT id, 'seed', jsonb_build_object('kind', kind, 'field', field, 'triggers', triggers, 'terms', terms, 'note', note, 'active', active)
       FROM inserted
       RETURNING id`,
      [JSON.stringify(rows.map((r) => ({ seed_key: r.seedKey, kind: r.kind, field: r.field, triggers: r.triggers, terms: r.terms })))],
    )) as unknown[];
    return result.length;
  }
}
