/**
 * The first answer a page shows, asked for by the router while the page's code (and the session)
 * are still loading, instead of after the page has mounted: on a slow network that saves the
 * page a round trip or two before its main content paints. A route names what to ask for in
 * `meta.prefetch`; the page takes it once with `prefetched(key, load)`, which calls `load` when
 * nothing was asked for (a retry, another year, a page opened from within the app and re-used).
 * Each navigation drops what the previous one asked for and nobody took, so nothing stale is
 * shown later. An answer that has already arrived when the page sets up can be taken at once
 * (`arrived`), so that the page's first render shows it instead of a placeholder it would
 * replace a moment later.
 */
const pending = new Map<string, Promise<unknown>>();
/** The answers of `pending` that have arrived, by key. */
const values = new Map<string, unknown>();

/** Starts `load` for the page being navigated to, under `key`. */
export function prefetch(key: string, load: () => Promise<unknown>): void {
  if (pending.has(key)) return;
  const answer = load();
  // A failure is the page's to show when it takes the answer, not an unhandled rejection now.
  answer.then(
    (value) => pending.get(key) === answer && values.set(key, value),
    () => undefined,
  );
  pending.set(key, answer);
}

/** The answer asked for under `key` if it has arrived (taken once, as by `prefetched`), else undefined. */
export function arrived<T>(key: string): T | undefined {
  if (!values.has(key)) return undefined;
  const value = values.get(key) as T;
  values.delete(key);
  pending.delete(key);
  return value;
}

/** The answer asked for under `key` (once), or a fresh `load()`. */
export function prefetched<T>(key: string, load: () => Promise<T>): Promise<T> {
  const answer = pending.get(key) as Promise<T> | undefined;
  pending.delete(key);
  values.delete(key);
  return answer ?? load();
}

/** Forgets what earlier navigations asked for (called as each navigation starts). */
export function dropPrefetched(): void {
  pending.clear();
  values.clear();
}
