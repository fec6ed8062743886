import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { orders, type Invoice, type Order } from '@/db/schema';
import { releaseCoupon } from '@/lib/services/checkout/redeem-coupon';
import { createCreditNote } from '@/lib/services/credit-notes/create-credit-note';
import { queueOrderLapsed } from '@/lib/services/email/send-order-lapsed';

export type LapseOutcome = { lapsed: true; creditNoteId: string } | { lapsed: false; reason: 'partly_paid' };

/**
 * The end of an unpaid order's reminders, in the bill run's transaction: its invoice is voided by
 * a credit note for all of it (the credit series' next gapless number; the invoice keeps its own
 * and is never deleted), the order is `canceled`, its coupon use given back, and the customer is
 * told (order-lapsed). Money that still arrives later is kept as the customer's balance
 * (applyPayment on a lapsed order's invoice).
 *
 * NOTE: an invoice with part of its money paid is not lapsed: money was received for the order,
 * so whether to start it (the rest registered) or credit and refund it is the merchant's call;
 * the log row says why, and the invoice stays open on the overdue list.
 */
export async function lapseOrder(tx: Tx, input: { order: Order; invoice: Invoice; at: Date; timeZone: string }): Promise<LapseOutcome> {
  const { order, invoice, at } = input;
  if (invoice.amountPaidMinor > 0 || invoice.creditedMinor > 0) return { lapsed: false, reason: 'partly_paid' };
  const note = await createCreditNote(tx, {
    invoiceId: invoice.id,
    amountMinor: 'full',
    reason: 'Order not paid by the end of its reminders: cancelled',
    disposition: 'balance',
    staffUserId: null,
    now: at,
    voids: true,
  });
  // Only a bug gets here: the invoice is locked, open, and nothing was paid or credited on it.
  if (!note.ok) throw new Error(`Invoice ${invoice.id} could not be credited: ${note.error.message}`);
  await tx.update(orders).set({ status: 'canceled' }).where(and(eq(orders.id, order.id), eq(orders.status, 'pending_payment')));
  await releaseCoupon(tx, order);
  await queueOrderLapsed(tx, { creditNoteId: note.value.creditNote.id, orderId: order.id, lapsedAt: at, timeZone: input.timeZone });
  return { lapsed: true, creditNoteId: note.value.creditNote.id };
}
