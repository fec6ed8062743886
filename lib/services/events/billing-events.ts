import { emitEvent } from './emit';

/**
 * Tells the billing engine that money recorded by markInvoicePaid has committed. Call it after
 * the transaction, with markInvoicePaid's result:
 *
 *   const paid = await db.transaction((tx) => markInvoicePaid(tx, { ... }));
 *   await emitInvoicePaid(paid);
 *
 * Paid in full: `billing/invoice.paid` (a billing-cycle run waiting in dunning for the invoice
 * stops). A lifted suspension or dunning state also moved the subscription's cursor:
 * `billing/subscription.changed`, so its runs restart from the new state. The ids make a repeated
 * call harmless (and without Inngest both events are no-ops: the embedded sweep follows the rows).
 */
export async function emitInvoicePaid(result: {
  invoice: { id: string; subscriptionId: string | null };
  paidInFull: boolean;
  restored: boolean;
}): Promise<void> {
  if (!result.paidInFull) return;
  const { id: invoiceId, subscriptionId } = result.invoice;
  await emitEvent({ name: 'billing/invoice.paid', data: { invoiceId, subscriptionId }, id: `invoice-paid:${invoiceId}` });
  if (result.restored && subscriptionId) {
    await emitEvent({ name: 'billing/subscription.changed', data: { subscriptionId }, id: `restored-by:${invoiceId}` });
  }
}

/**
 * After a change to a subscription commits outside the engine (cancel, plan or quantity change,
 * pause, resume): its billing-cycle runs are canceled and billing-resume starts fresh ones.
 * Every change is its own event (no id): the second of two quick changes must cancel too.
 */
export async function emitSubscriptionChanged(subscriptionId: string): Promise<void> {
  await emitEvent({ name: 'billing/subscription.changed', data: { subscriptionId } });
}
