/** The one poller of the suites: asynchronous results are awaited, never slept for. */

/** Polls until `check` passes (it throws until then) and returns what it returned. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 30000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      return await check();
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw lastError;
}

/** `eventually` for a yes/no condition: polls until `check` answers true, else fails naming `what`. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs = 45_000, what = 'condition'): Promise<void> {
  await eventually(async () => {
    if (!(await check())) throw new Error(`timed out waiting for ${what}`);
  }, timeoutMs);
}
