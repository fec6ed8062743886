import type { Tx } from '@/db/client';
import { nudgeEventRelay } from './nudge-event-relay';
import { recordEvent } from './record-event';

type FulfilledOrder = { orderId: string; invoiceId: string | null };

/**
 * In the transaction that fulfilled a paid order: `shop/order.paid` (the order confirmation) and
 * `billing/invoice.finalized` (its first invoice, e-mailed with the PDF).
 */
export async function recordOrderPaid(tx: Tx, fulfilled: FulfilledOrder): Promise<void> {
  await recordEvent(tx, { name: 'shop/order.paid', data: { orderId: fulfilled.orderId } });
  if (fulfilled.invoiceId) await recordEvent(tx, { name: 'billing/invoice.finalized', data: { invoiceId: fulfilled.invoiceId } });
}

/** After that transaction has committed: delivers both now (their e-mails, without Inngest). */
export async function nudgeOrderPaid(fulfilled: FulfilledOrder): Promise<void> {
  await nudgeEventRelay(fulfilled.invoiceId ? [fulfilled.orderId, fulfilled.invoiceId] : [fulfilled.orderId]);
}
