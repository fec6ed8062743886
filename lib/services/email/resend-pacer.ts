/**
 * Paces requests to Resend: at most `perSecond` started per second by this process (Resend
 * limits requests per team, by default 2 a second; RESEND_REQUESTS_PER_SECOND raises it for a
 * team with a higher limit), and how long to wait before trying again after a 429 or a 5xx.
 */
export type Pacer = { wait(): Promise<void> };

export function createPacer(perSecond: number): Pacer {
  const interval = 1000 / Math.max(perSecond, 0.001);
  let next = 0;
  return {
    async wait() {
      const now = Date.now();
      const at = Math.max(now, next);
      next = at + interval;
      if (at > now) await sleep(at - now);
    },
  };
}

export function requestsPerSecond(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.RESEND_REQUESTS_PER_SECOND);
  return Number.isFinite(value) && value > 0 ? value : 2;
}

/** The process's pacer: every sender in it shares Resend's limit. */
let shared: Pacer | null = null;
export function resendPacer(): Pacer {
  return (shared ??= createPacer(requestsPerSecond()));
}

/** Resend's answers worth trying again: rate limited, or its own failure (or no answer at all). */
export function isRetryable(status: number | null): boolean {
  return status === null || status === 429 || status >= 500;
}

/**
 * The wait before try `attempt` (1 = the first retry): Retry-After when the answer gave one,
 * otherwise 0.5 s doubling to at most 30 s, jittered ±20 % so that senders do not retry in step.
 */
export function backoffMs(attempt: number, retryAfterSeconds: string | undefined, random = Math.random()): number {
  const asked = Number(retryAfterSeconds);
  if (Number.isFinite(asked) && asked >= 0 && retryAfterSeconds !== undefined && retryAfterSeconds !== '') return Math.min(asked * 1000, 60_000);
  const base = Math.min(500 * 2 ** (attempt - 1), 30_000);
  return Math.round(base * (0.8 + 0.4 * random));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
