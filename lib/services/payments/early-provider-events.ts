import { and, eq, lt, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { earlyProviderEvents, payments } from '@/db/schema';

/** An early webhook whose payment never appeared in this long concerns no payment of ours. */
export const EARLY_EVENT_KEPT_MS = 24 * 60 * 60_000;

type EventKey = { provider: string; providerPaymentId: string };

/** Keeps a webhook for a provider payment we have not stored yet (a repeat keeps the first). */
export async function keepEarlyProviderEvent(key: EventKey & { now: Date }): Promise<void> {
  await db
    .insert(earlyProviderEvents)
    .values({ provider: key.provider, providerPaymentId: key.providerPaymentId, receivedAt: key.now })
    .onConflictDoNothing();
}

/** Takes the kept webhook for this payment, if there is one: true when this caller must apply it. */
export async function takeEarlyProviderEvent(key: EventKey): Promise<boolean> {
  const taken = await db
    .delete(earlyProviderEvents)
    .where(and(eq(earlyProviderEvents.provider, key.provider), eq(earlyProviderEvents.providerPaymentId, key.providerPaymentId)))
    .returning({ provider: earlyProviderEvents.provider });
  return taken.length > 0;
}

/** Kept webhooks whose payment row exists by now (the sweep applies them). */
export async function matchedEarlyProviderEvents(limit: number): Promise<EventKey[]> {
  return db
    .select({ provider: earlyProviderEvents.provider, providerPaymentId: earlyProviderEvents.providerPaymentId })
    .from(earlyProviderEvents)
    .where(
      sql`exists (select 1 from ${payments} where ${payments.provider} = ${earlyProviderEvents.provider} and ${payments.providerPaymentId} = ${earlyProviderEvents.providerPaymentId})`,
    )
    .orderBy(earlyProviderEvents.receivedAt)
    .limit(limit);
}

/** Drops kept webhooks that never matched a payment of ours. */
export async function dropUnmatchedEarlyProviderEvents(now: Date): Promise<number> {
  const dropped = await db
    .delete(earlyProviderEvents)
    .where(lt(earlyProviderEvents.receivedAt, new Date(now.getTime() - EARLY_EVENT_KEPT_MS)))
    .returning({ provider: earlyProviderEvents.provider });
  return dropped.length;
}
