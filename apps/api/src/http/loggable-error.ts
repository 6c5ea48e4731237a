/**
 * What of an unexpected error goes into a log line. A failed query carries its parameters
 * (emails, phone numbers, password hashes) and the driver's detail quotes row values
 * (`Key (email)=(…) already exists`): those stay out; the SQL text, with placeholders, stays in.
 */
export function loggableError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const out: Record<string, unknown> = { type: error.name, message: error.message, stack: error.stack };
  const e = error as Error & { code?: unknown; query?: unknown; driverError?: { code?: unknown; routine?: unknown } };
  const code = e.code ?? e.driverError?.code;
  if (typeof code === 'string' || typeof code === 'number') out.code = code;
  if (typeof e.query === 'string') out.query = e.query.slice(0, 2000);
  if (error.cause !== undefined) out.cause = loggableError(error.cause);
  return out;
}
