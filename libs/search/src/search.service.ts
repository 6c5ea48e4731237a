import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { Meilisearch, type EnqueuedTask, type Index, type Settings, type Task } from 'meilisearch';
import type { Agent } from 'undici';
import { INDEX_NAMES, INDEX_SETTINGS, IndexName } from './index-settings.js';
import { meiliAgent, meiliHttpClient } from './meili-http.js';
import { TaskWaiter } from './task-waiter.js';

/**
 * The Meilisearch client and the index settings. Settings are compared with what the server
 * has and only the differences are sent, so every process may apply them at start.
 */
@Injectable()
export class SearchService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SearchService.name);
  readonly client: Meilisearch;
  private readonly agent: Agent = meiliAgent();
  private readonly tasks: TaskWaiter;
  private retry?: NodeJS.Timeout;
  private ready = false;

  constructor(private readonly config: AppConfig) {
    this.client = new Meilisearch({
      host: config.meili.url,
      apiKey: config.meili.masterKey,
      timeout: 5000,
      // Kept-alive connections and uncompressed replies: see meili-http.ts for why.
      httpClient: meiliHttpClient(this.agent),
    });
    this.tasks = new TaskWaiter(this.client);
  }

  /** Waits for a task to finish, polling together with every other task this process waits for. */
  waitForTask(task: EnqueuedTask | Promise<EnqueuedTask>, timeoutMs: number): Promise<Task> {
    return this.tasks.wait(task, timeoutMs);
  }

  uid(name: IndexName): string {
    return `${this.config.meili.indexPrefix}${name}`;
  }

  index<T extends Record<string, unknown> = Record<string, unknown>>(name: IndexName): Index<T> {
    return this.client.index<T>(this.uid(name));
  }

  get settingsApplied(): boolean {
    return this.ready;
  }

  /** Never blocks boot on Meilisearch: when it is down, retry in the background. */
  async onApplicationBootstrap(): Promise<void> {
    await this.applySettingsWithRetry();
  }

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.retry);
    this.tasks.close();
    await this.agent.close();
  }

  private async applySettingsWithRetry(delayMs = 2000): Promise<void> {
    try {
      await this.ensureIndexes();
    } catch (error) {
      this.logger.warn(`Meilisearch settings not applied yet (${(error as Error).message}); retrying in ${delayMs} ms`);
      this.retry = setTimeout(() => void this.applySettingsWithRetry(Math.min(delayMs * 2, 60000)), delayMs);
      this.retry.unref();
    }
  }

  /** Creates missing indexes and sends the settings that differ; waits until they are in force. */
  async ensureIndexes(): Promise<void> {
    for (const name of INDEX_NAMES) {
      const uid = this.uid(name);
      const existing = await this.client.getIndex(uid).catch(() => null);
      if (!existing) await this.waitForTask(this.client.createIndex(uid, { primaryKey: 'id' }), 30000);
      const current = await this.client.index(uid).getSettings();
      const wanted: Settings = { ...INDEX_SETTINGS[name] };
      // The code's synonyms only start an index off: once it has some, the vocabulary tables own them.
      if (current.synonyms && Object.keys(current.synonyms).length > 0) delete wanted.synonyms;
      const changed = diffSettings(current, wanted);
      if (Object.keys(changed).length > 0) {
        await this.waitForTask(this.client.index(uid).updateSettings(changed), 60000);
        this.logger.log(`index ${uid}: settings updated (${Object.keys(changed).join(', ')})`);
      }
    }
    this.ready = true;
  }

  /**
   * Meilisearch's backlog for our indexes: tasks enqueued and processing, and how long the oldest
   * enqueued one has waited (seconds, 0 when none).
   */
  async taskLag(): Promise<{ enqueued: number; processing: number; oldestEnqueuedSeconds: number }> {
    const indexUids = INDEX_NAMES.map((name) => this.uid(name));
    const [enqueued, processing] = await Promise.all([
      this.client.tasks.getTasks({ indexUids, statuses: ['enqueued'], limit: 1, reverse: true }),
      this.client.tasks.getTasks({ indexUids, statuses: ['processing'], limit: 1 }),
    ]);
    const oldest = enqueued.results[0]?.enqueuedAt;
    return {
      enqueued: enqueued.total,
      processing: processing.total,
      oldestEnqueuedSeconds: oldest ? Math.max(0, (Date.now() - Date.parse(oldest)) / 1000) : 0,
    };
  }

  async isHealthy(): Promise<boolean> {
    return this.client.isHealthy();
  }
}

/** The settings whose wanted value differs from the server's (order-insensitive where Meilisearch is). */
export function diffSettings(current: Settings, wanted: Settings): Settings {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wanted)) {
    const have = (current as Record<string, unknown>)[key];
    if (!sameSetting(key, have, value)) out[key] = value;
  }
  return out as Settings;
}

const ORDERLESS = new Set(['filterableAttributes', 'sortableAttributes']);

function sameSetting(key: string, have: unknown, want: unknown): boolean {
  if (ORDERLESS.has(key) && Array.isArray(have) && Array.isArray(want)) {
    return JSON.stringify([...have].sort()) === JSON.stringify([...want].sort());
  }
  if (key === 'synonyms' && have && want) {
    return canonical(have) === canonical(want);
  }
  if (have && want && typeof have === 'object' && typeof want === 'object' && !Array.isArray(want)) {
    // Partial objects (pagination, faceting): only the keys we set matter.
    return Object.entries(want).every(([k, v]) => JSON.stringify((have as Record<string, unknown>)[k]) === JSON.stringify(v));
  }
  return JSON.stringify(have) === JSON.stringify(want);
}

function canonical(value: unknown): string {
  const record = value as Record<string, string[]>;
  return JSON.stringify(
    Object.keys(record)
      .sort()
      .map((k) => [k, [...record[k]].sort()]),
  );
}
