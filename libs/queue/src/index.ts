export * from './queue-producer.js';
export * from './queue.module.js';
export * from './queues.js';
export * from './redis.js';
export * from './redis-client.js';
