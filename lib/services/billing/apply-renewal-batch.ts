import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { composeLater } from '@/lib/services/email/compose-later';
import { insertRenewalInvoices, priceRenewalInvoices } from './create-renewal-invoices';
import type { EngineContext } from './engine-context';
import { prepareIssues, writeIssues, type PendingCharge } from './issue-renewal-invoices';
import { planRenewalSteps, stepKey, type RenewalStepDue } from './plan-renewal-steps';
import { queueTermAnnouncements } from './queue-term-announcements';
import type { DueRenewal } from './select-due-renewals';
import { writeSubscriptionPatches } from './write-subscription-patches';

export type RenewalBatchResult = { applied: number; charges: PendingCharge[] };

/**
 * Applies every renewal action due at `now` of each locked subscription, in the caller's
 * transaction.
 *
 * NOTE: the action log rows (unique per subscription, term and action) are written first; only
 * the steps whose row inserts get their effect. The log, the effects and the moved cursor commit
 * together, so a crash anywhere leaves all of them undone and a rerun does each step exactly once.
 */
export async function applyRenewalBatch(tx: Tx, due: DueRenewal[], ctx: EngineContext, now: Date): Promise<RenewalBatchResult> {
  if (due.length === 0) return { applied: 0, charges: [] };
  const { steps, patches } = planRenewalSteps(due, ctx, now);
  const fresh = await claimSteps(tx, steps, now);

  const byAction = (action: RenewalStepDue['action']) => fresh.filter((s) => s.action === action);
  await queueTermAnnouncements(tx, byAction('announce'));
  const pending = priceRenewalInvoices(byAction('invoice'), ctx);
  const issues = await prepareIssues(tx, byAction('issue'), new Map(pending.map((p) => [stepKey(p.subscriptionId, p.term, 'invoice'), p])), ctx);
  // The invoice e-mails (PDF attached) are composed right after the step commits.
  await composeLater(tx, issues.emails);
  await writeSubscriptionPatches(tx, patches);
  // Last: taking invoice numbers locks the series until commit.
  await insertRenewalInvoices(tx, pending);
  const charges = await writeIssues(tx, issues);
  return { applied: fresh.length, charges };
}

/**
 * Logs the steps; returns those that were not logged before (the ones to apply).
 *
 * NOTE: answers with the steps that were already logged (normally none) rather than RETURNING
 * every inserted row: a bill run logs three rows per subscription, and sending them all back
 * cost more than inserting them.
 */
async function claimSteps(tx: Tx, steps: RenewalStepDue[], now: Date): Promise<RenewalStepDue[]> {
  if (steps.length === 0) return [];
  const rows = JSON.stringify(
    steps.map((s, i) => ({ i, subscription_id: s.row.subscription.id, term: s.term, action: s.logged, due_at: s.at.toISOString() })),
  );
  const skipped = await tx.execute<{ i: number }>(sql`
    with v as (
      select * from json_to_recordset(${rows}::json) as v(i int, subscription_id uuid, term int, action text, due_at timestamptz)
    ), inserted as (
      insert into billing_actions (subscription_id, term, action, due_at, applied_at)
      select subscription_id, term, action, due_at, ${now.toISOString()}::timestamptz from v
      on conflict do nothing
      returning subscription_id, term, action
    )
    select v.i from v
    where not exists (
      select 1 from inserted n where n.subscription_id = v.subscription_id and n.term = v.term and n.action = v.action
    )`);
  if (skipped.length === 0) return steps;
  const isSkipped = new Set(skipped.map((s) => s.i));
  return steps.filter((_, i) => !isSkipped.has(i));
}
