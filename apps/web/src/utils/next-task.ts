/**
 * Resolves in a later task of the event loop, so that the work after it is not part of one long
 * task with the work before it: a slow phone answers a tap in between, and no single task blocks
 * it for long. `scheduler.yield()` where the browser has it (the continuation keeps its place
 * ahead of other queued work), else a timeout.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve));
}
