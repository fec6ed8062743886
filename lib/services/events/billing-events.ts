import type { Tx } from '@/db/client';
import type { Invoice } from '@/db/schema';
import { nudgeEventRelay } from './nudge-event-relay';
import { recordEvent } from './record-event';

/**
 * In the transaction that paid an invoice in full (markInvoicePaid): `billing/invoice.paid`, so
 * that a billing-cycle run waiting in dunning for the invoice stops.
 */
export function recordInvoicePaid(tx: Tx, invoice: Pick<Invoice, 'id' | 'subscriptionId'>): Promise<string> {
  return recordEvent(tx, { name: 'billing/invoice.paid', data: { invoiceId: invoice.id, subscriptionId: invoice.subscriptionId } });
}

/**
 * In the transaction that changed a subscription outside the engine (stopped it, or lifted its
 * suspension or dunning): its billing-cycle runs are canceled and billing-resume starts fresh ones
 * from the new state. Every change is its own event: the second of two quick changes cancels too.
 */
export function recordSubscriptionChanged(tx: Tx, subscriptionId: string): Promise<string> {
  return recordEvent(tx, { name: 'billing/subscription.changed', data: { subscriptionId } });
}

/**
 * After the transaction of a payment or credit note has committed, with markInvoicePaid's result:
 * delivers what paying the invoice recorded (about the invoice and its subscription).
 */
export async function nudgeInvoicePaid(result: {
  invoice: Pick<Invoice, 'id' | 'subscriptionId'> & { orderId?: string | null };
  paidInFull: boolean;
}): Promise<void> {
  if (!result.paidInFull) return;
  // The order's own events too: an order paid by invoice is paid (and may start) with it.
  await nudgeEventRelay([result.invoice.id, result.invoice.subscriptionId, result.invoice.orderId]);
}
