import { eq, sql } from 'drizzle-orm';
import { builtOnceQuery, placeholders, setValueFor, valueFor } from '@/db/built-once';
import { db, type Tx } from '@/db/client';
import { billingActions, invoiceLines, invoices, subscriptions } from '@/db/schema';
import { statusAfterDunningStep, type DunningStep } from '@/lib/billing/dunning';
import { dunningBase, dunningCursor, dunningLogKey, dunningStepFee, NO_DUNNING } from '@/lib/billing/dunning-round';
import { transition } from '@/lib/billing/lifecycle';
import { addDaysInZone } from '@/lib/billing/periods';
import { reminderFeeLine } from '@/lib/billing/renewal-invoice';
import { dunningStepsFor, type EngineContext } from './engine-context';
import { recordEvent } from '@/lib/services/events/record-event';
import { queueDunningMessage } from './queue-dunning-message';
import { recordMrrMovement, recordMrrMovements } from '@/lib/services/metrics/record-mrr-movement';
import { otherSubscriptionsOf } from './dunned-subscriptions';
import type { DueDunning } from './select-due-dunning';

// NOTE: each invoice's claim and cursor built once (db/built-once.ts): every dunning step runs them.
const claimStatement = builtOnceQuery<{ term: number }>(() =>
  db
    .insert(billingActions)
    .values(placeholders('subscriptionId', 'term', 'action', 'dueAt', 'appliedAt'))
    .onConflictDoNothing()
    .returning({ term: billingActions.term }),
);
const cursorStatement = builtOnceQuery<never>(() =>
  db
    .update(invoices)
    .set({ nextDunningStep: setValueFor(invoices.nextDunningStep, 'nextDunningStep'), nextDunningAt: setValueFor(invoices.nextDunningAt, 'nextDunningAt') })
    .where(eq(invoices.id, valueFor(invoices.id, 'id'))),
);

/**
 * Applies the due dunning step of each locked invoice: a reminder (with the fee the step adds as
 * a line on the invoice), suspension, termination warning or termination, with its e-mail; then
 * moves the invoice's dunning cursor to the next step. Logged per (subscription, term, step) like
 * the renewals (a proration invoice under its own id: dunningLogKey), so a replay changes nothing.
 */
export async function applyDunningBatch(tx: Tx, due: DueDunning[], ctx: EngineContext, now: Date): Promise<number> {
  let applied = 0;
  for (const row of due) {
    const { invoice, subscription: sub, plan } = row;
    const position = invoice.nextDunningStep!;
    const at = invoice.nextDunningAt!;
    const steps = dunningStepsFor(ctx, plan.dunningPlanId);
    const step = steps[position];
    const [claimed] = await claimStatement(tx, { subscriptionId: sub.id, ...dunningLogKey(invoice, position), dueAt: at, appliedAt: now });

    if (claimed && step) {
      applied += 1;
      const feeMinor = dunningStepFee(step, invoice.currency);
      if (feeMinor > 0) await addReminderFee(tx, invoice.id, feeMinor, position);
      await applyStatus(tx, row, step, at, ctx);
      await queueDunningMessage(tx, { row, step, position, at, feeMinor, ctx });
      // For the outgoing webhooks: dunning moves few invoices compared with the bill run.
      if (position === 0) await recordEvent(tx, { name: 'billing/invoice.overdue', data: { invoiceId: invoice.id, subscriptionId: sub.id } });
      await recordEvent(tx, { name: 'billing/dunning.step_applied', data: { invoiceId: invoice.id, subscriptionId: sub.id, step: position, action: step.action } });
    }
    // A step the plan no longer has (it was edited) ends the dunning of this invoice.
    const next = step ? dunningCursor(dunningBase(invoice), steps, position + 1, ctx.timeZone) : NO_DUNNING;
    await cursorStatement(tx, { id: invoice.id, ...next });
  }
  await recordMrrMovements(tx, due.map((row) => ({ subscriptionId: row.subscription.id, at: row.invoice.nextDunningAt! })));
  return applied;
}

async function addReminderFee(tx: Tx, invoiceId: string, feeMinor: number, position: number) {
  // NOTE: the fee is a line of its own on the open invoice (the amount the customer now owes);
  // the term's own lines never change. Position after the last line.
  const line = reminderFeeLine({ description: `Reminder fee (step ${position + 1})`, feeMinor });
  const [{ next }] = (await tx.execute(
    sql`select coalesce(max(position), -1) + 1 as next from invoice_lines where invoice_id = ${invoiceId}`,
  )) as unknown as [{ next: number }];
  await tx.insert(invoiceLines).values({ invoiceId, position: Number(next), ...line });
  await tx
    .update(invoices)
    .set({
      totalMinor: sql`${invoices.totalMinor} + ${line.amountMinor}`,
      taxMinor: sql`${invoices.taxMinor} + ${line.taxMinor}`,
      subtotalMinor: sql`${invoices.subtotalMinor} + ${line.amountMinor - line.taxMinor}`,
    })
    .where(eq(invoices.id, invoiceId));
}

async function applyStatus(tx: Tx, row: DueDunning, step: DunningStep, at: Date, ctx: EngineContext) {
  if (!statusAfterDunningStep(step.action)) return;
  for (const subscription of [row.subscription, ...(await otherSubscriptionsOf(tx, row))]) {
    await applySubscriptionStatus(tx, { ...row, subscription }, step, at, ctx);
    // The lead's movement is recorded with the batch's.
    if (subscription.id !== row.subscription.id) await recordMrrMovement(tx, subscription.id, at);
  }
}

async function applySubscriptionStatus(tx: Tx, row: DueDunning, step: DunningStep, at: Date, ctx: EngineContext) {
  const target = statusAfterDunningStep(step.action)!;
  let status = row.subscription.status;
  // NOTE: "suspend instead of remind" reaches suspension straight from active: through past_due.
  const path = target === 'past_due' ? ['payment_failed'] : target === 'suspended' ? ['payment_failed', 'suspend'] : ['cancel'];
  for (const event of path) {
    if (status === target) break;
    const next = transition(status, event as 'payment_failed' | 'suspend' | 'cancel');
    if (!next.ok) return; // e.g. already canceled by the customer: dunning goes on, status stays
    status = next.value;
  }
  const endAfterDays = row.plan.dunningPlanId ? (ctx.dunningPlans.get(row.plan.dunningPlanId)?.endAfterDays ?? 0) : 0;
  await tx
    .update(subscriptions)
    .set({
      status,
      ...(status === 'suspended' ? { suspendedAt: at, nextAction: null, nextActionTerm: null, nextActionAt: null } : {}),
      ...(status === 'canceled'
        ? {
            canceledAt: at,
            nextAction: 'end:terminated',
            nextActionTerm: null,
            nextActionAt: addDaysInZone(at, endAfterDays, ctx.timeZone),
          }
        : {}),
    })
    .where(eq(subscriptions.id, row.subscription.id));
}

