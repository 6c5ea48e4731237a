/**
 * Queue and job names, and their payloads. Job names read `<domain>.<entity>.<verb>`;
 * payloads are ids, never whole rows. Each job name belongs to exactly one queue and has
 * exactly one processor (checked by a test).
 */
export const QUEUES = {
  search: 'search-index',
  deals: 'deals',
  notifications: 'notifications',
  matching: 'matching',
  matchLists: 'match-lists',
  mail: 'mail',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Every job name, with its queue. Later domains add theirs here. */
export const JOBS = {
  'listings.outbox.index': QUEUES.search,
  'listings.outbox.sweep': QUEUES.search,
  'listings.expiry.sweep': QUEUES.search,
  'deals.deal.record': QUEUES.deals,
  'deals.batch.record': QUEUES.deals,
  'deals.registered.sweep': QUEUES.deals,
  'matching.vocabulary.changed': QUEUES.matching,
  'matching.feedback.sync': QUEUES.matching,
  'matching.list.refresh': QUEUES.matchLists,
  'mail.message.send': QUEUES.mail,
  'mail.outbox.sweep': QUEUES.mail,
  'notifications.digest.send': QUEUES.notifications,
} as const satisfies Record<string, QueueName>;
export type JobName = keyof typeof JOBS;

/**
 * `listings.outbox.index`: a chunk of search-index outbox rows (demands and outcomes alike);
 * the worker indexes the listings' current state and settles the rows. jobId names the rows
 * and how often they were sent.
 */
export interface ListingOutboxIndexPayload {
  outboxIds: string[];
}

/** `deals.deal.record`: jobId is the deal id. */
export interface DealRecordPayload {
  dealId: string;
}

/** `deals.batch.record`: up to a few hundred deals of one import, recorded in one transaction; jobId names the import and chunk. */
export interface DealBatchRecordPayload {
  dealIds: string[];
}

/**
 * `matching.vocabulary.changed`: the vocabulary moved to `revision`; the worker applies its
 * synonyms to Meilisearch (and re-ranks stored match lists where they exist). jobId names the revision.
 */
export interface VocabularyChangedPayload {
  revision: string;
}

/**
 * `matching.list.refresh`: a listing was indexed or left the index; the worker recomputes its
 * stored match list (or removes it) and, unless `ownOnly`, scores it into its counterparts'
 * lists. jobId names the listing and the change.
 */
export interface MatchListRefreshPayload {
  kind: 'demand' | 'outcome';
  id: string;
  ownOnly?: boolean;
}

/**
 * `notifications.digest.send`: the daily digest mail, from a repeatable job scheduler; empty
 * payload (the run's day is the job's scheduled time). A member's digest for a day is sent once,
 * however often the job runs (a row per member and day).
 */
export type NotificationsDigestPayload = Record<string, never>;

/** `mail.message.send`: one mail outbox row; jobId names the row and how often it was sent. */
export interface MailSendPayload {
  outboxId: string;
}
