import { Injectable, OnModuleInit, Optional } from '@nestjs/common';
import { ListingsService, type ListingKind } from '@app/listings';
import { type MatchListRefreshPayload, QueueProducer } from '@app/queue';
import type { DemandDocument, OutcomeDocument } from '@app/search';
import { MatchingService } from '../matching.service.js';
import type { Ranked } from '../ranker.js';
import { scorePair } from '../ranker-model.js';
import { FITTED_MODEL } from '../ranker-weights.js';
import { type FeedbackPair, MatchFeedbackService, MatchFeedbackSource } from '../vocabulary/match-feedback.service.js';
import { Subscriptions } from '../subscriptions/subscriptions.service.js';
import { MatchList, MatchListEntry } from './match-list.entity.js';
import { MatchListRepository, otherKind, STORED_LIST_SIZE } from './match-list.repository.js';

type Doc = DemandDocument | OutcomeDocument;

/** How long after a thin list's first gain it is recomputed. */
const SETTLE_DELAY_MS = 2000;

/** A counterpart a listing gained in a stored list: where it ranks there (0 = best). */
export interface ListGain {
  listKind: ListingKind;
  listId: string;
  listOrganizationId: string;
  counterpartId: string;
  counterpartOrganizationId: string;
  counterpartTitle: string;
  position: number;
  score: number;
  reasons: string[];
}

/** Told about every gain, e.g. to alert the list's organization. */
export abstract class MatchListObserver {
  abstract gained(gains: ListGain[]): Promise<void>;
}

export interface StoredMatches<T> {
  items: { doc: T; score: number; reasons: string[] }[];
  computedAt: Date;
}

/**
 * Stored match lists: every published listing's best STORED_LIST_SIZE counterparts, kept in
 * PostgreSQL by the worker so that a match page is one read. A list is computed when its listing
 * is indexed; a newly indexed listing is scored into the lists of the counterparts it found (the
 * other direction of its own list) where it ranks; a listing that leaves the index leaves every
 * list. The page computes a missing list on the spot and stores it.
 */
@Injectable()
export class MatchLists implements OnModuleInit {
  constructor(
    private readonly listings: ListingsService,
    private readonly matching: MatchingService,
    private readonly repository: MatchListRepository,
    private readonly producer: QueueProducer,
    private readonly subscriptions: Subscriptions,
    @Optional() private readonly observer?: MatchListObserver,
    @Optional() private readonly feedback?: MatchFeedbackSource,
    @Optional() private readonly feedbackService?: MatchFeedbackService,
  ) {}

  onModuleInit(): void {
    this.feedbackService?.onNewEvidence((pairs) => this.recomputePairs(pairs));
  }

  /**
   * Evidence synced from the market (accepted inquiries, deals, declines): the lists that hold
   * such a pair are recomputed, so that score and reasons ("双方曾有对接或成交") both follow.
   */
  private async recomputePairs(pairs: FeedbackPair[]): Promise<void> {
    const lists = new Map<string, { kind: ListingKind; id: string }>();
    for (const p of pairs) {
      for (const e of await this.repository.pairEntries(p.kind, p.id, p.organizationId))
        lists.set(`${e.listingKind}:${e.listingId}`, { kind: e.listingKind, id: e.listingId });
    }
    for (const l of lists.values()) await this.refresh(l.kind, l.id, true);
  }

  /**
   * New market evidence about a listing and an organization (a declined inquiry): the pair's
   * entries in both directions are re-scored with it, in place (scoring is a function of the
   * stored features, no search needed).
   */
  async applyFeedback(kind: ListingKind, id: string, organizationId: string): Promise<number> {
    if (!this.feedback) return 0;
    const entries = await this.repository.pairEntries(kind, id, organizationId);
    for (const e of entries) {
      const list = await this.repository.findList(e.listingKind, e.listingId);
      if (!list) continue;
      const values = await this.feedback.forPool({ kind: e.listingKind, id: e.listingId, organizationId: list.organizationId }, [
        { id: e.counterpartId, organizationId: e.counterpartOrganizationId },
      ]);
      e.features = { ...e.features, feedback: values.get(e.counterpartId) ?? 0 };
      e.rankScore = scorePair(e.features, FITTED_MODEL);
      e.score = displayScore(e.rankScore);
    }
    await this.repository.rescore(entries);
    return entries.length;
  }

  /** The stored list of a published listing (computed now when missing), best first. */
  async read(kind: ListingKind, id: string, limit: number): Promise<StoredMatches<Doc>> {
    await this.listings.assertPublished(kind, id);
    const now = Math.floor(Date.now() / 1000);
    // A demand whose deadline passed after the list was computed no longer looks for solutions:
    // the stored page leaves it out, as does the filter on a list computed here.
    const stored = await this.repository.page(kind, id, limit, now);
    if (stored?.ready) {
      return { items: stored.entries.map((e) => ({ doc: e.document, score: e.score, reasons: e.reasons })), computedAt: stored.computedAt };
    }
    const { list, entries } = await this.compute(kind, await this.listings.publishedDocument(kind, id));
    const live = entries.filter((e) => kind === 'demand' || !isPast((e.document as DemandDocument).deadline, now)).slice(0, limit);
    return {
      items: live.map((e) => ({ doc: e.document, score: e.score, reasons: e.reasons })),
      computedAt: list.computedAt,
    };
  }

  /**
   * The worker's job for a listing that was indexed or removed: recompute (or remove) its list,
   * then, unless `ownOnly`, score it into its counterparts' lists.
   */
  async refresh(kind: ListingKind, id: string, ownOnly = false): Promise<{ stored: number; gained: number; removed: number }> {
    const startedAt = new Date();
    let doc: Doc;
    try {
      doc = await this.listings.publishedDocument(kind, id);
    } catch (error) {
      if ((error as { code?: string }).code !== 'LISTING_NOT_FOUND') throw error;
      return { stored: 0, gained: 0, removed: await this.repository.removeEverywhere(kind, id) };
    }
    const { entries, ranked } = await this.compute(kind, doc);
    if (ownOnly) return { stored: entries.length, gained: 0, removed: 0 };
    await this.subscriptions.onPublished(kind, doc);
    // Scored into the counterparts' lists first (an entry it has there is rewritten in place),
    // then out of those where it no longer ranks: a match page read meanwhile never misses it,
    // even while a second refresh of the same listing runs.
    const gains: ListGain[] = [];
    for (const r of ranked) {
      const gain = await this.scoreInto(otherKind(kind), r.doc.id, doc, r);
      if (gain) gains.push(gain);
    }
    const removed = await this.repository.removeFromOthersBefore(kind, id, startedAt);
    if (gains.length > 0) await this.observer?.gained(gains);
    return { stored: entries.length, gained: gains.length, removed };
  }

  /** Runs the full match for a listing and stores the list. */
  private async compute(kind: ListingKind, doc: Doc): Promise<{ list: MatchList; entries: MatchListEntry[]; ranked: Ranked<Doc>[] }> {
    const options = { limit: STORED_LIST_SIZE, excludeOrganizationId: doc.organizationId };
    const startedAt = new Date();
    const base = { listingKind: kind, listingId: doc.id, organizationId: doc.organizationId, document: doc };
    await this.repository.begin(
      Object.assign(new MatchList(), { ...base, feedbackWords: [], computedAt: startedAt, ready: false, computedSize: 0, stale: false }),
    );
    const { ranked, feedbackWords } =
      kind === 'demand'
        ? await this.matching.rankOutcomes(doc as DemandDocument, options)
        : await this.matching.rankDemands(doc as OutcomeDocument, options);
    // The list holds the market as its search saw it: computed at the start of the search.
    const list = Object.assign(new MatchList(), {
      ...base,
      feedbackWords,
      computedAt: startedAt,
      ready: true,
      computedSize: ranked.length,
      stale: false,
    });
    const entries = ranked.map((r) => this.entry(kind, doc.id, r as Ranked<Doc>, startedAt));
    await this.repository.replace(list, entries, startedAt);
    await this.settleFeedback(kind, doc, entries);
    return { list, entries, ranked: ranked as Ranked<Doc>[] };
  }

  /**
   * Evidence recorded while the search ran (an inquiry declined meanwhile) was re-scored into
   * the entries this computation has just replaced: read the pairs' evidence again, after the
   * write, and re-score the entries whose evidence changed. Evidence recorded later re-scores
   * the written entries itself.
   */
  private async settleFeedback(kind: ListingKind, doc: Doc, entries: MatchListEntry[]): Promise<void> {
    if (!this.feedback || entries.length === 0) return;
    const values = await this.feedback.forPool(
      { kind, id: doc.id, organizationId: doc.organizationId },
      entries.map((e) => ({ id: e.counterpartId, organizationId: e.counterpartOrganizationId })),
    );
    const changed = entries.filter((e) => (values.get(e.counterpartId) ?? 0) !== (e.features.feedback ?? 0));
    for (const e of changed) {
      e.features = { ...e.features, feedback: values.get(e.counterpartId) ?? 0 };
      e.rankScore = scorePair(e.features, FITTED_MODEL);
      e.score = displayScore(e.rankScore);
    }
    await this.repository.rescore(changed);
  }

  /**
   * Scores `newcomer` into the stored list of (`listKind`, `listId`), if there is one; `reverse`
   * is the list's listing as a candidate in the newcomer's own list (its search evidence).
   */
  private async scoreInto(listKind: ListingKind, listId: string, newcomer: Doc, reverse: Ranked<Doc>): Promise<ListGain | null> {
    const list = await this.repository.findList(listKind, listId);
    if (!list || list.organizationId === newcomer.organizationId) return null;
    const stored = (await this.repository.entries(listKind, listId)).filter((e) => e.counterpartId !== newcomer.id);
    const owner = await this.matching.responsivenessOf([newcomer.organizationId]);
    const ranked = this.matching.scoreNewcomer(
      listKind === 'demand' ? 'outcomes' : 'demands',
      list.document,
      list.feedbackWords,
      stored.map((e) => ({ doc: e.document, features: e.features })),
      {
        doc: newcomer,
        search: reverse.features.search,
        hits: reverse.features.hits,
        feedback: reverse.features.feedback,
        responsiveness: owner.get(newcomer.organizationId) ?? 0,
      },
    );
    const entry = this.entry(listKind, listId, ranked, new Date());
    const inserted = await this.repository.insertRanked(entry);
    if (inserted === null) return null;
    await this.settleFeedback(listKind, list.document, [entry]);
    if (inserted.stale) await this.settleLater(listKind, listId);
    const { position } = inserted;
    return {
      listKind,
      listId,
      listOrganizationId: list.organizationId,
      counterpartId: newcomer.id,
      counterpartOrganizationId: newcomer.organizationId,
      counterpartTitle: newcomer.title,
      position,
      score: entry.score,
      reasons: entry.reasons,
    };
  }

  /** One recompute per list at a time, a moment after the first gain (later gains ride along). */
  private async settleLater(kind: ListingKind, id: string): Promise<void> {
    const queued = await this.producer.enqueue<MatchListRefreshPayload>(
      'matching.list.refresh',
      { kind, id, ownOnly: true },
      {
        jobId: `list-${kind}-${id}-settle-${Date.now()}`,
        delay: SETTLE_DELAY_MS,
        deduplication: { id: `settle-${kind}-${id}`, keepLastIfActive: true },
      },
    );
    if (!queued) throw new Error('match list recompute not enqueued');
  }

  private entry(kind: ListingKind, listingId: string, r: Ranked<Doc>, computedAt: Date): MatchListEntry {
    return Object.assign(new MatchListEntry(), {
      listingKind: kind,
      listingId,
      counterpartId: r.doc.id,
      counterpartOrganizationId: r.doc.organizationId,
      score: r.score,
      rankScore: scorePair(r.features, FITTED_MODEL),
      reasons: r.reasons,
      features: r.features,
      document: r.doc,
      computedAt,
    });
  }

  /** Stored lists, a page at a time (a vocabulary change re-ranks them all). */
  listKeys(after: { kind: string; id: string } | null, limit: number) {
    return this.repository.listKeys(after, limit);
  }
}

const displayScore = (raw: number) => Math.round(Math.min(1, Math.max(0, raw)) * 10000) / 10000;

const isPast = (deadline: number | null | undefined, now: number) => deadline != null && deadline < now;
