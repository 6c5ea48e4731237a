// Queue and job names, job payloads, the fail-fast producer and the shared Redis connection.
export { QueueModule } from './queue.module.js';
export { DEFAULT_JOB_OPTIONS, QueueProducer } from './queue-producer.js';
export {
  JOBS,
  QUEUES,
  type DealBatchRecordPayload,
  type DealRecordPayload,
  type JobName,
  type MailSendPayload,
  type ListingOutboxIndexPayload,
  type MatchListRefreshPayload,
  type QueueName,
  type VocabularyChangedPayload,
} from './queues.js';
export { DEPTH_STATES, QueueDepth, type DepthState } from './queue-depth.js';
export { RedisClient } from './redis-client.js';
