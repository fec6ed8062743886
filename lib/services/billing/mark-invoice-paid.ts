import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { builtOnceQuery, setValueFor, valueFor } from '@/db/built-once';
import { db, type Tx } from '@/db/client';
import { invoiceLines, invoices, subscriptions, type Invoice } from '@/db/schema';
import { amountOwed } from '@/lib/billing/amount-owed';
import { transition } from '@/lib/billing/lifecycle';
import { recordInvoicePaid, recordSubscriptionChanged } from '@/lib/services/events/billing-events';
import { lastRenewalDone } from './last-renewal-done';
import { lockInvoice } from '@/lib/services/invoices/lock-invoice';
import { lockSubscriptionWithPlan } from './lock-subscription';
import { renewalCursor } from './renewal-cursor';
import { recordMrrMovement } from '@/lib/services/metrics/record-mrr-movement';
import { recordEvent } from '@/lib/services/events/record-event';

// NOTE: built once (db/built-once.ts), both forms: every payment marks its invoice, thousands in
// the demo history and in a bill run's autopay.
const paidBy = () => ({ amountPaidMinor: sql`${invoices.amountPaidMinor} + ${sql.placeholder('amountMinor')}` });
const byId = () => eq(invoices.id, valueFor(invoices.id, 'id'));
const paidStatement = builtOnceQuery<Invoice>(() =>
  db
    .update(invoices)
    .set({ ...paidBy(), status: 'paid', paidAt: setValueFor(invoices.paidAt, 'at'), nextDunningStep: null, nextDunningAt: null })
    .where(byId())
    .returning(),
);
const partlyPaidStatement = builtOnceQuery<Invoice>(() => db.update(invoices).set(paidBy()).where(byId()).returning());

/**
 * Records money received for an invoice. Paid in full: the invoice is paid, its dunning stops,
 * and a subscription in dunning is active again (a suspension is lifted and its renewals pick up
 * where they stopped). Safe to call again: a paid invoice is left as it is.
 *
 * `locked`: the invoice as the caller locked it (lockInvoice) in this transaction and has not
 * changed since, so it is not read again (applyPayment: a round trip less for every payment).
 */
export async function markInvoicePaid(
  tx: Tx,
  input: { invoiceId: string; amountMinor: number; at: Date; timeZone: string; locked?: Invoice },
): Promise<{ invoice: Invoice; paidInFull: boolean; restored: boolean }> {
  const invoice = input.locked?.id === input.invoiceId ? input.locked : await lockInvoice(tx, input.invoiceId);
  if (!invoice) throw new Error(`Invoice ${input.invoiceId} does not exist`);
  if (invoice.status === 'paid' || invoice.status === 'void') return { invoice, paidInFull: invoice.status === 'paid', restored: false };

  // A credit note takes part of the invoice back: what is owed is the rest.
  const paidInFull = amountOwed({ ...invoice, amountPaidMinor: invoice.amountPaidMinor + input.amountMinor }) === 0;
  const [updated] = await (paidInFull ? paidStatement : partlyPaidStatement)(tx, { id: invoice.id, amountMinor: input.amountMinor, at: input.at });
  if (paidInFull) await recordInvoicePaid(tx, invoice);
  if (!paidInFull) return { invoice: updated!, paidInFull, restored: false };
  // An order's invoice for several subscriptions dunned them all (otherSubscriptionsOf): paid, all
  // of them run again.
  const ids = invoice.subscriptionId
    ? [invoice.subscriptionId]
    : (
        await tx
          .selectDistinct({ id: invoiceLines.subscriptionId })
          .from(invoiceLines)
          .where(and(eq(invoiceLines.invoiceId, invoice.id), isNotNull(invoiceLines.subscriptionId)))
          .orderBy(invoiceLines.subscriptionId)
      ).map((line) => line.id!);
  let restored = false;
  for (const id of ids) restored = (await restoreSubscription(tx, id, input.at, input.timeZone)) || restored;
  return { invoice: updated!, paidInFull, restored };
}

/** A subscription in dunning (past due, suspended) is active again; its renewals pick up. */
async function restoreSubscription(tx: Tx, subscriptionId: string, at: Date, timeZone: string): Promise<boolean> {
  const row = await lockSubscriptionWithPlan(tx, subscriptionId);
  if (!row || (row.sub.status !== 'past_due' && row.sub.status !== 'suspended')) return false;
  const next = transition(row.sub.status, 'payment_succeeded');
  if (!next.ok) throw new Error(next.error);
  const restoredSub = { ...row.sub, status: next.value, suspendedAt: null };
  const cursor = renewalCursor(restoredSub, row.plan, timeZone, await lastRenewalDone(tx, row.sub.id));
  await tx
    .update(subscriptions)
    .set({ status: next.value, suspendedAt: null, ...cursor })
    .where(eq(subscriptions.id, row.sub.id));
  await recordMrrMovement(tx, row.sub.id, at);
  await recordSubscriptionChanged(tx, row.sub.id);
  await recordEvent(tx, { name: 'subscription/activated', data: { subscriptionId: row.sub.id } });
  return true;
}
