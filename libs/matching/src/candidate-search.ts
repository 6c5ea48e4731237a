import { Injectable } from '@nestjs/common';
import type { CooperationMode } from '@app/common';
import { filter, SearchService, type IndexName } from '@app/search';
import type { MultiSearchQuery } from 'meilisearch';
import { matchingUnavailable } from './matching.errors.js';
import type { PlannedQuery } from './query-plan.js';

export interface Candidate<T> {
  doc: T;
  /** Best ranking score among the queries that found it. */
  search: number;
  /** How many queries found it. */
  hits: number;
}

export interface CandidateQuery {
  index: IndexName;
  planned: PlannedQuery[];
  /** The attribute holding the candidates' modes, and the modes the listing accepts. */
  modes: { attribute: 'transferModes' | 'cooperationModes'; accepted: CooperationMode[] };
  excludeOrganizationId?: string;
  /** A filter every candidate must pass (built with the `filter` builder). */
  require?: string;
  /** Hits per query; by default the pool aims at about POOL_TARGET candidates. */
  hitsPerQuery?: number;
}

/**
 * Hits per focused query: the pool (the union of all of them) aims at about POOL_TARGET
 * candidates, so a listing with few queries (a bare title) reaches as deep as one with many.
 */
const POOL_TARGET = 200;
export function hitsPerQuery(queries: number): number {
  return Math.min(60, Math.max(20, Math.ceil(POOL_TARGET / Math.max(1, queries))));
}
/** The compatible-modes query reaches deeper, so that compatible candidates are never crowded out. */
const HITS_COMPATIBLE = 50;

/**
 * Runs a listing's candidate queries in one multi-search and pools the hits by id. Modes do not
 * filter the focused queries (a strong text match with another mode still ranks, lower down);
 * one extra query restricted to compatible modes widens the pool on their side.
 */
@Injectable()
export class CandidateSearch {
  constructor(private readonly search: SearchService) {}

  async pool<T extends { id: string }>(query: CandidateQuery): Promise<Candidate<T>[]> {
    if (query.planned.length === 0) return [];
    const base = filter.and(
      query.excludeOrganizationId ? filter.neq('organizationId', query.excludeOrganizationId) : undefined,
      query.require,
    );
    const perQuery = query.hitsPerQuery ?? hitsPerQuery(query.planned.length);
    const queries: MultiSearchQuery[] = query.planned.map((p) => this.toQuery(query.index, p, base, perQuery));
    if (query.modes.accepted.length > 0) {
      const compatible = filter.and(base, filter.in(query.modes.attribute, query.modes.accepted));
      queries.push(this.toQuery(query.index, { ...query.planned[0], strategy: 'last' }, compatible, HITS_COMPATIBLE));
    }
    const { results } = await this.search.client.multiSearch<{ queries: MultiSearchQuery[] }, T>({ queries }).catch((error: unknown) => {
      throw matchingUnavailable(error);
    });
    const pooled = new Map<string, Candidate<T>>();
    for (const result of results) {
      for (const hit of result.hits) {
        const score = typeof hit._rankingScore === 'number' ? hit._rankingScore : 0;
        const seen = pooled.get(hit.id);
        if (seen) {
          seen.hits += 1;
          seen.search = Math.max(seen.search, score);
        } else {
          const { _rankingScore: _score, ...doc } = hit;
          pooled.set(hit.id, { doc: doc as unknown as T, search: score, hits: 1 });
        }
      }
    }
    return [...pooled.values()];
  }

  private toQuery(index: IndexName, p: PlannedQuery, filterExpr: string | undefined, limit: number): MultiSearchQuery {
    return {
      indexUid: this.search.uid(index),
      q: p.q,
      matchingStrategy: p.strategy,
      limit,
      showRankingScore: true,
      ...(filterExpr ? { filter: filterExpr } : {}),
    };
  }
}
