/**
 * The answers `public/early.js` asked for before the app's code arrived: a GET for the same URL
 * with the same token takes its answer once instead of asking again; anything else goes to the
 * network. What nobody took is forgotten once the first page is ready (`dropEarly`), so no
 * later request gets an old answer.
 */
interface Early {
  authorization: string;
  answers: Record<string, Promise<Response> | undefined>;
}

declare global {
  interface Window {
    __techmarketEarly?: Early;
    __techmarketStarted?: boolean;
  }
}

/** Tells `early.js`, should it run later than the app, that the app asks for itself. */
export function markStarted(): void {
  if (typeof window !== 'undefined') window.__techmarketStarted = true;
}

/** A `fetch` for the api client that takes an early answer where one matches. */
export function earlyFetch(request: Request): Promise<Response> {
  const early = typeof window === 'undefined' ? undefined : window.__techmarketEarly;
  const answer = early?.answers[request.url];
  if (!answer || request.method !== 'GET' || request.headers.get('authorization') !== early?.authorization) return fetch(request);
  delete early.answers[request.url];
  // A network failure of the early request is retried as the app's own.
  return answer.catch(() => fetch(request));
}

export function dropEarly(): void {
  if (typeof window !== 'undefined') delete window.__techmarketEarly;
}
