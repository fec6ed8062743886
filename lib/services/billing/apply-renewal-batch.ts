import { bulkInsert } from '@/db/bulk-insert';
import type { Tx } from '@/db/client';
import { transition } from '@/lib/billing/lifecycle';
import type { RenewalAction } from '@/lib/billing/schedule';
import { createRenewalInvoices } from './create-renewal-invoices';
import type { EngineContext } from './engine-context';
import { issueRenewalInvoices, type PendingCharge } from './issue-renewal-invoices';
import { queueTermAnnouncements } from './queue-term-announcements';
import { parseCursorAction, renewalCursor } from './renewal-cursor';
import type { DueRenewal } from './select-due-renewals';
import { patchOf, writeSubscriptionPatches, type SubscriptionPatch } from './write-subscription-patches';

export type RenewalBatchResult = { applied: number; charges: PendingCharge[] };

/**
 * Applies the due renewal action of each locked subscription, in the caller's transaction.
 *
 * NOTE: the action log row (unique per subscription, term and action) is written first; only the
 * rows that insert get their effect. The log, the effect and the moved cursor commit together,
 * so a crash anywhere leaves all of them undone and a rerun does the step exactly once.
 */
export async function applyRenewalBatch(
  tx: Tx,
  due: DueRenewal[],
  ctx: EngineContext,
  now: Date,
): Promise<RenewalBatchResult> {
  if (due.length === 0) return { applied: 0, charges: [] };
  const claimed = await bulkInsert<DueRenewal, { subscriptionId: string }>(
    tx,
    'billing_actions',
    [
      { name: 'subscription_id', type: 'uuid', value: (d) => d.subscription.id },
      { name: 'term', type: 'int', value: (d) => d.subscription.nextActionTerm ?? -1 },
      { name: 'action', type: 'text', value: (d) => d.subscription.nextAction },
      { name: 'due_at', type: 'timestamptz', value: (d) => d.subscription.nextActionAt!.toISOString() },
      { name: 'applied_at', type: 'timestamptz', value: () => now.toISOString() },
    ],
    due,
    { onConflictDoNothing: true, returning: 'subscription_id as "subscriptionId"' },
  );
  const isClaimed = new Set(claimed.map((c) => c.subscriptionId));
  const fresh = due.filter((d) => isClaimed.has(d.subscription.id));
  const patches = new Map<string, SubscriptionPatch>(due.map((d) => [d.subscription.id, patchOf(d.subscription)]));

  const byAction = (action: string) => fresh.filter((d) => d.subscription.nextAction === action);
  await queueTermAnnouncements(tx, byAction('announce'), ctx);
  await createRenewalInvoices(tx, byAction('invoice'), patches, ctx);
  const charges = await issueRenewalInvoices(tx, byAction('issue'), patches, ctx);

  for (const row of due) {
    const sub = row.subscription;
    const patch = patches.get(sub.id)!;
    const parsed = parseCursorAction(sub.nextAction!);
    if (parsed.kind === 'end') {
      if (isClaimed.has(sub.id)) {
        const ended = transition(patch.status, 'end');
        if (!ended.ok) throw new Error(`Subscription ${sub.id}: ${ended.error}`);
        patch.status = ended.value;
        patch.endedAt = sub.nextActionAt;
      }
      Object.assign(patch, { nextAction: null, nextActionTerm: null, nextActionAt: null });
      continue;
    }
    const lastDone: { term: number; action: RenewalAction } = { term: sub.nextActionTerm!, action: parsed.action };
    Object.assign(patch, renewalCursor({ ...sub, ...patch }, row.plan, ctx.timeZone, lastDone));
  }
  await writeSubscriptionPatches(tx, [...patches.values()]);
  return { applied: fresh.length, charges };
}
