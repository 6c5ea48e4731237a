import { MeilisearchTaskTimeOutError, type EnqueuedTask, type Meilisearch, type Task } from 'meilisearch';

/** Task uids asked about per request. */
const UIDS_PER_REQUEST = 200;

interface Waiter {
  resolve: (task: Task) => void;
  reject: (error: unknown) => void;
  deadline: number;
  timeoutMs: number;
}

/**
 * Waits for Meilisearch tasks with one poll for all of them. The client's `waitTask` polls
 * each task on its own (every 50 ms): forty index jobs waiting at once sent 800 requests a
 * second to a Meilisearch busy indexing their documents. Here every waiter of the process
 * shares one `GET /tasks?uids=…` per interval.
 */
export class TaskWaiter {
  private readonly waiters = new Map<number, Waiter[]>();
  private timer: NodeJS.Timeout | undefined;
  private polling = false;

  constructor(
    private readonly client: Meilisearch,
    private readonly intervalMs = 50,
  ) {}

  /** The finished task (succeeded, failed or canceled); rejects after `timeoutMs` or when Meilisearch cannot be asked. */
  async wait(task: EnqueuedTask | Promise<EnqueuedTask>, timeoutMs: number): Promise<Task> {
    const { taskUid } = await task;
    return new Promise<Task>((resolve, reject) => {
      const list = this.waiters.get(taskUid) ?? [];
      list.push({ resolve, reject, deadline: Date.now() + timeoutMs, timeoutMs });
      this.waiters.set(taskUid, list);
      this.schedule();
    });
  }

  /** Tasks being waited for (for tests and metrics). */
  get size(): number {
    return this.waiters.size;
  }

  /** Rejects every waiter: the process is stopping. */
  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    for (const list of this.waiters.values()) for (const w of list) w.reject(new Error('stopped while waiting for a Meilisearch task'));
    this.waiters.clear();
  }

  private schedule(): void {
    if (this.timer || this.polling || this.waiters.size === 0) return;
    this.timer = setTimeout(() => void this.poll(), this.intervalMs);
  }

  private async poll(): Promise<void> {
    this.timer = undefined;
    this.polling = true;
    const uids = [...this.waiters.keys()];
    try {
      for (let i = 0; i < uids.length; i += UIDS_PER_REQUEST) {
        const chunk = uids.slice(i, i + UIDS_PER_REQUEST);
        const { results } = await this.client.tasks.getTasks({ uids: chunk, limit: chunk.length });
        for (const task of results) {
          if (task.status === 'enqueued' || task.status === 'processing') continue;
          for (const w of this.waiters.get(task.uid) ?? []) w.resolve(task);
          this.waiters.delete(task.uid);
        }
      }
      this.expire();
    } catch (error) {
      // Meilisearch cannot be asked: the waiters fail (their jobs are retried later).
      for (const uid of uids) {
        for (const w of this.waiters.get(uid) ?? []) w.reject(error);
        this.waiters.delete(uid);
      }
    } finally {
      this.polling = false;
      this.schedule();
    }
  }

  private expire(): void {
    const now = Date.now();
    for (const [uid, list] of this.waiters) {
      const left = list.filter((w) => {
        if (w.deadline > now) return true;
        w.reject(new MeilisearchTaskTimeOutError(uid, w.timeoutMs));
        return false;
      });
      if (left.length === 0) this.waiters.delete(uid);
      else this.waiters.set(uid, left);
    }
  }
}
