import { db, type DbOrTx } from '@/db/client';
import type { DeliverEmailOptions } from './deliver-email';
import { loadOrderConfirmation } from './load-order-confirmation';
import { queueEmail } from './queue-email';
import { sendEmail, type SendEmailResult } from './send-email';

/**
 * Sends the confirmation of a paid order to its customer, in their language.
 * Idempotent: the dedupe key `order-confirmation:<orderId>` allows one message per order.
 */
export async function sendOrderConfirmation(
  orderId: string,
  options: Omit<DeliverEmailOptions, 'db'> = {},
): Promise<SendEmailResult> {
  const message = await loadOrderConfirmation(db, orderId);
  return sendEmail({ template: 'order-confirmation', ...message, dedupeKey: `order-confirmation:${orderId}` }, options);
}

/**
 * Queues the same confirmation in the caller's transaction: an order paid by invoice is
 * confirmed when it is placed, before any money. Same dedupe key, so the `shop/order.paid`
 * reaction when the invoice is paid sends nothing twice.
 */
export async function queueOrderConfirmation(db: DbOrTx, orderId: string): Promise<{ id: string; created: boolean }> {
  const message = await loadOrderConfirmation(db, orderId);
  return queueEmail(db, { template: 'order-confirmation', ...message, dedupeKey: `order-confirmation:${orderId}` });
}
