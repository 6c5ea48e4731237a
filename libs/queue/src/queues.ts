/**
 * Queue and job names, and their payloads. Job names read `<domain>.<entity>.<verb>`;
 * payloads are ids, never whole rows. Each job name belongs to exactly one queue and has
 * exactly one processor (checked by a test).
 */
export const QUEUES = {
  search: 'search-index',
  deals: 'deals',
  notifications: 'notifications',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Every job name, with its queue. Later domains add theirs here. */
export const JOBS = {
  'listings.demand.index': QUEUES.search,
  'listings.outcome.index': QUEUES.search,
  'listings.outbox.sweep': QUEUES.search,
  'deals.deal.record': QUEUES.deals,
  'deals.batch.record': QUEUES.deals,
  'deals.pending.sweep': QUEUES.deals,
} as const satisfies Record<string, QueueName>;
export type JobName = keyof typeof JOBS;

/** `deals.deal.record`: jobId is the deal id. */
export interface DealRecordPayload {
  dealId: string;
}

/** `deals.batch.record`: up to a few hundred deals of one import, recorded in one transaction; jobId names the import and chunk. */
export interface DealBatchRecordPayload {
  dealIds: string[];
}
