import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { billingActions, invoices } from '@/db/schema';
import { TERMLESS_DUNNING_TERM } from '@/lib/billing/dunning-round';
import { orderDunningCursor, orderDunningDates, orderDunningLogAction, orderReminderNumber } from '@/lib/billing/order-dunning';
import { addDaysInZone } from '@/lib/billing/periods';
import { queueReminder } from '@/lib/services/email/send-reminder';
import type { EngineContext } from '../engine-context';
import { lapseOrder } from './lapse-order';
import { orderReminderSteps } from './order-reminder-steps';
import type { DueOrderDunning } from './select-due-order-dunning';

/**
 * Applies the due step of each locked unpaid order (access on payment): a reminder (the same
 * e-mail as any invoice's, no fee: orderDunningSteps), or at the end the lapse (lapseOrder). Then
 * moves the invoice's cursor to the next step.
 *
 * NOTE: the engine log row is keyed (order id, -1, `order:remind:<n>` | `order:lapse`) in
 * billing_actions, whose first key column names what a step is for (a subscription, or here an
 * order that has none yet) and has no foreign key; the row commits with the step's effect, so a
 * replayed or concurrent run finds it and neither reminds twice nor credits twice.
 */
export async function applyOrderDunningBatch(tx: Tx, due: DueOrderDunning[], ctx: EngineContext, now: Date): Promise<number> {
  let applied = 0;
  for (const { invoice, order } of due) {
    const position = invoice.nextDunningStep!;
    const at = invoice.nextDunningAt!;
    const steps = await orderReminderSteps(tx, order.id, ctx);
    const step = steps[position];
    if (!step) {
      // A step the process no longer has (it was edited): this order is not followed up further.
      await tx.update(invoices).set({ nextDunningStep: null, nextDunningAt: null }).where(eq(invoices.id, invoice.id));
      continue;
    }
    const [claimed] = await tx
      .insert(billingActions)
      .values({ subscriptionId: order.id, term: TERMLESS_DUNNING_TERM, action: orderDunningLogAction(steps, position), dueAt: at, appliedAt: now, result: { invoiceId: invoice.id } })
      .onConflictDoNothing()
      .returning({ term: billingActions.term });
    if (claimed) applied += 1;

    if (step.action === 'lapse') {
      const outcome = claimed ? await lapseOrder(tx, { order, invoice, at, timeZone: ctx.timeZone }) : null;
      if (outcome) {
        await tx
          .update(billingActions)
          .set({ result: { invoiceId: invoice.id, ...outcome } })
          .where(and(eq(billingActions.subscriptionId, order.id), eq(billingActions.term, TERMLESS_DUNNING_TERM), eq(billingActions.action, 'order:lapse')));
      }
      // A lapse voids the invoice (its cursor with it); one left open (partly paid) is done with.
      if (!outcome?.lapsed) await tx.update(invoices).set({ nextDunningStep: null, nextDunningAt: null }).where(eq(invoices.id, invoice.id));
      continue;
    }
    if (claimed) {
      const dates = orderDunningDates(invoice.dueAt!, steps, ctx.timeZone);
      await queueReminder(tx, {
        invoiceId: invoice.id,
        step: orderReminderNumber(steps, position),
        feeMinor: 0,
        // The deadline the customer is given: the next step's date (the last one is the lapse).
        newDueAt: dates[position + 1] ?? addDaysInZone(at, 7, ctx.timeZone),
      });
    }
    await tx.update(invoices).set(orderDunningCursor(invoice.dueAt!, steps, position + 1, ctx.timeZone)).where(eq(invoices.id, invoice.id));
  }
  return applied;
}
