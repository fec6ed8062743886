import { sql } from 'drizzle-orm';
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
  // NOTE: one JSON parameter instead of 6 x 2,000 bound values: the batch insert costs a fifth.
  const claims = due.map((d) => ({
    subscription_id: d.subscription.id,
    term: d.subscription.nextActionTerm ?? -1,
    action: d.subscription.nextAction!,
    due_at: d.subscription.nextActionAt!.toISOString(),
  }));
  const claimed = (await tx.execute(sql`
    insert into billing_actions (subscription_id, term, action, due_at, applied_at)
    select v.subscription_id, v.term, v.action, v.due_at, ${now.toISOString()}::timestamptz
    from json_to_recordset(${JSON.stringify(claims)}::json) as v(subscription_id uuid, term int, action text, due_at timestamptz)
    on conflict do nothing
    returning subscription_id as "subscriptionId"`)) as unknown as { subscriptionId: string }[];
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
