/** The first retry waits a minute; each next one twice as long, at most 12 hours (jittered ±20 %). */
const FIRST_RETRY_MS = 60_000;
const MAX_RETRY_MS = 12 * 60 * 60_000;
/** A `Retry-After` longer than this is not waited for (the retry window still ends the delivery). */
const MAX_RETRY_AFTER_MS = 24 * 60 * 60_000;

/**
 * How long after its `attempts`-th failed attempt a delivery is tried again. The jitter spreads
 * the retries of many deliveries that failed together (a receiver that was down) so they do not
 * all arrive at the same second when it comes back. A 429 or 5xx answer's `Retry-After` is
 * honoured when it asks for longer.
 */
export function webhookRetryDelayMs(input: { attempts: number; status: number | null; retryAfterMs: number | null; random?: number }): number {
  const base = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, input.attempts - 1), MAX_RETRY_MS);
  const jittered = Math.round(base * (0.8 + 0.4 * (input.random ?? Math.random())));
  const honoursRetryAfter = input.status === 429 || (input.status !== null && input.status >= 500);
  if (honoursRetryAfter && input.retryAfterMs !== null) return Math.max(jittered, Math.min(input.retryAfterMs, MAX_RETRY_AFTER_MS));
  return jittered;
}
