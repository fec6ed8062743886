import { db } from '@/db/client';
import type { DeliverEmailOptions } from './deliver-email';
import { loadOrderConfirmation } from './load-order-confirmation';
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
