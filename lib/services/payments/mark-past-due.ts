import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { subscriptions } from '@/db/schema';
import { transition } from '@/lib/billing/lifecycle';

/**
 * Money the subscription counted on did not come (autopay gave up, a debit bounced): an active
 * subscription is past due until its invoice is paid; the dunning plan goes on. Any other state
 * (already past due, suspended, canceled) stays as it is.
 */
export async function markPastDue(tx: Tx, subscriptionId: string): Promise<void> {
  const next = transition('active', 'payment_failed');
  if (!next.ok) throw new Error(next.error);
  await tx
    .update(subscriptions)
    .set({ status: next.value })
    .where(and(eq(subscriptions.id, subscriptionId), eq(subscriptions.status, 'active')));
}
