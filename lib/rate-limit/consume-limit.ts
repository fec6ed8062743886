import { createHash } from 'node:crypto';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { limitRule, type LimitName, type LimitRule } from './limits';
import { PostgresLimiter } from './postgres-limiter';

export type LimitCheck = { ok: true } | { ok: false; retryAfterSeconds: number };

// NOTE: counters in the database every app instance shares, one atomic upsert a request (see
// PostgresLimiter). One limiter per rule, kept for the process.
const limiters = new Map<string, PostgresLimiter>();

function limiterFor(name: LimitName, rule: LimitRule): PostgresLimiter {
  const id = `${name}:${rule.points}/${rule.durationSeconds}`;
  let limiter = limiters.get(id);
  if (!limiter) {
    limiter = new PostgresLimiter({
      keyPrefix: name,
      points: rule.points,
      duration: rule.durationSeconds,
      // Expired rows are swept by one limiter only: the sweep is table-wide.
      sweepExpired: limiters.size === 0,
    });
    limiters.set(id, limiter);
  }
  return limiter;
}

/** Counters are keyed by a hash: the table never holds an address or an IP as typed. */
const keyOf = (subject: string) => createHash('sha256').update(subject.trim().toLowerCase()).digest('base64url');

/** Counts one request by `subject` against the limit; refused once the window's points are spent. */
export async function consumeLimit(name: LimitName, subject: string): Promise<LimitCheck> {
  const rule = limitRule(name);
  if (!rule) return { ok: true };
  try {
    await limiterFor(name, rule).consume(keyOf(subject));
    return { ok: true };
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
    throw refusal;
  }
}

/** Forgets what `subject` has used of the limit (a successful sign-in clears its failures). */
export async function resetLimit(name: LimitName, subject: string): Promise<void> {
  const rule = limitRule(name);
  if (rule) await limiterFor(name, rule).delete(keyOf(subject));
}

/**
 * Counts one request against each limit (all of them, so a refused one still counts everywhere)
 * and answers with the longest wait when any refuses.
 */
export async function consumeLimits(checks: ReadonlyArray<readonly [LimitName, string]>): Promise<LimitCheck> {
  const results = await Promise.all(checks.map(([name, subject]) => consumeLimit(name, subject)));
  const waits = results.flatMap((r) => (r.ok ? [] : [r.retryAfterSeconds]));
  return waits.length === 0 ? { ok: true } : { ok: false, retryAfterSeconds: Math.max(...waits) };
}
