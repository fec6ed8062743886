import { and, asc, eq, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { builtOnceQuery, jsonIds, setValueFor, valueFor } from '@/db/built-once';
import { db } from '@/db/client';
import { domainEvents } from '@/db/schema';
import { fanOutWebhooks } from '@/lib/services/webhooks/fan-out-webhooks';
import { deliverToEmbeddedReactions } from './embedded-reactions';
import { describeDeliveryError, type EventDeliverer, type PendingEvent } from './event-deliverer';
import { isInngestConfigured } from './inngest-configured';
import { deliverToInngest } from './inngest-sender';

/** A claimed event is left alone this long; a relay that died holding it is then replaced. */
export const CLAIM_LEASE_MS = 5 * 60_000;
const RETRY_BASE_MS = 30_000;
const RETRY_MAX_MS = 60 * 60_000;

/** How long after its `attempts`-th failed delivery an event is tried again: 30 s, doubling, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1), RETRY_MAX_MS);
}

export type RelayOptions = {
  /** Default: Inngest when it is configured, otherwise the embedded reactions. */
  deliver?: EventDeliverer;
  /**
   * A nudge: only the events about these subjects, including new ones the sweep leaves to their
   * writer's nudge for a while (still never one that another relay holds or that waits out a backoff).
   */
  subjectIds?: string[];
  now?: Date;
  batchSize?: number;
  maxBatches?: number;
};

export type RelayReport = { delivered: number; failed: number };

/**
 * Delivers undelivered domain events, oldest first, at least once.
 *
 * Each batch is claimed in one statement (FOR UPDATE SKIP LOCKED, then a lease written on the
 * rows), so two relays never deliver the same row at the same time, and no transaction is held
 * open while the reactions run their own. A delivered event is marked so; a failed one keeps
 * its error and is retried with backoff (and shows among the dashboard's billing errors). A relay
 * that dies mid-delivery leaves its rows to be claimed again when the lease ends: a reaction may
 * run twice, so every reaction is idempotent.
 */
export async function relayEvents(options: RelayOptions = {}): Promise<RelayReport> {
  const deliver = options.deliver ?? (isInngestConfigured() ? deliverToInngest : deliverToEmbeddedReactions);
  const batchSize = options.batchSize ?? 100;
  const report: RelayReport = { delivered: 0, failed: 0 };
  if (options.subjectIds?.length === 0) return report;
  for (let batch = 0; batch < (options.maxBatches ?? 50); batch += 1) {
    const now = options.now ?? new Date();
    const claimed = await claimEvents({ now, limit: batchSize, subjectIds: options.subjectIds });
    if (claimed.length === 0) break;
    let failures: Map<string, unknown>;
    try {
      // The outgoing webhooks the events owe are queued first: a batch is only done once they are.
      await fanOutWebhooks(claimed, now);
      failures = await deliver(claimed);
    } catch (error) {
      failures = new Map(claimed.map((event) => [event.id, error]));
    }
    await recordOutcomes(claimed, failures, options.now ?? new Date());
    report.failed += failures.size;
    report.delivered += claimed.length - failures.size;
    if (claimed.length < batchSize) break;
  }
  return report;
}

/**
 * NOTE: the relay's statements are built once (db/built-once.ts): every nudge claims and marks a
 * batch, thousands in the demo history. The lists of subjects and ids go as one JSON parameter,
 * not one parameter each: their lengths vary, and each length was another statement to build,
 * parse and plan. As `= any(array(select ...))`, not `in (select ...)`: the planner then still
 * finds a nudge's events through the subject's index (with `in`, it hashed every undelivered row).
 */
const NOW = 'now';
const anyOf = (name: string) => sql`any(array${jsonIds(name)})`;
const claimStatement = (due: SQL) =>
  builtOnceQuery<PendingEvent>(() => {
    const batch = db
      .select({ id: domainEvents.id })
      .from(domainEvents)
      .where(and(isNull(domainEvents.deliveredAt), due))
      .orderBy(asc(domainEvents.occurredAt), asc(domainEvents.id))
      .limit(sql.placeholder('limit'))
      .for('update', { skipLocked: true });
    return db
      .update(domainEvents)
      .set({
        attempts: sql`${domainEvents.attempts} + 1`,
        lastAttemptAt: setValueFor(domainEvents.lastAttemptAt, NOW),
        nextAttemptAt: setValueFor(domainEvents.nextAttemptAt, 'leaseEnds'),
      })
      .where(inArray(domainEvents.id, batch))
      .returning({
        id: domainEvents.id,
        name: domainEvents.name,
        payload: domainEvents.payload,
        occurredAt: domainEvents.occurredAt,
        attempts: domainEvents.attempts,
      });
  });
const dueNow = () => lte(domainEvents.nextAttemptAt, valueFor(domainEvents.nextAttemptAt, NOW));
const sweepStatement = claimStatement(dueNow());
const nudgeStatement = claimStatement(and(sql`${domainEvents.subjectId} = ${anyOf('subjectIds')}`, or(eq(domainEvents.attempts, 0), dueNow()))!);
const deliveredStatement = builtOnceQuery<never>(() =>
  db
    .update(domainEvents)
    .set({ deliveredAt: setValueFor(domainEvents.deliveredAt, NOW) })
    .where(sql`${domainEvents.id} = ${anyOf('ids')}`),
);

async function claimEvents(input: { now: Date; limit: number; subjectIds?: string[] }): Promise<PendingEvent[]> {
  const values = { now: input.now, leaseEnds: new Date(input.now.getTime() + CLAIM_LEASE_MS), limit: input.limit };
  const claimed = input.subjectIds
    ? await nudgeStatement(db, { ...values, subjectIds: JSON.stringify(input.subjectIds) })
    : await sweepStatement(db, values);
  return claimed.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.id.localeCompare(b.id));
}

async function recordOutcomes(claimed: PendingEvent[], failures: Map<string, unknown>, now: Date): Promise<void> {
  const delivered = claimed.filter((event) => !failures.has(event.id)).map((event) => event.id);
  if (delivered.length > 0) {
    await deliveredStatement(db, { now, ids: JSON.stringify(delivered) });
  }
  for (const event of claimed) {
    if (!failures.has(event.id)) continue;
    const message = describeDeliveryError(failures.get(event.id));
    console.error(`[events] delivering ${event.name} ${event.id} failed (attempt ${event.attempts}): ${message}`);
    await db
      .update(domainEvents)
      .set({ lastError: message.slice(0, 1000), nextAttemptAt: new Date(now.getTime() + retryDelayMs(event.attempts)) })
      .where(eq(domainEvents.id, event.id));
  }
}
