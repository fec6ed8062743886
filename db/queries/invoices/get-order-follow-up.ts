import { and, eq, like } from 'drizzle-orm';
import { db } from '@/db/client';
import { billingActions, invoices, orders } from '@/db/schema';
import { TERMLESS_DUNNING_TERM } from '@/lib/billing/dunning-round';
import type { InvoiceReader } from './list-invoice-credit-notes';

/** How the engine followed up an order waiting for its money (access on payment). */
export type OrderFollowUp = {
  /** Reminders sent for the order's invoice. */
  reminders: number;
  lastReminderAt: Date | null;
  /** When the order lapsed (cancelled, its invoice credited); null while it has not. */
  cancelledAt: Date | null;
};

/**
 * The reminders and lapse of the order an invoice was issued for, from the engine's log (rows
 * keyed by the order: applyOrderDunningBatch); null for an invoice that is no order's or was
 * never followed up as one. A customer reads only their own invoice's.
 */
export async function getOrderFollowUp(invoiceId: string, reader: InvoiceReader): Promise<OrderFollowUp | null> {
  const rows = await db
    .select({ action: billingActions.action, dueAt: billingActions.dueAt, result: billingActions.result })
    .from(invoices)
    .innerJoin(orders, eq(orders.id, invoices.orderId))
    .innerJoin(
      billingActions,
      and(eq(billingActions.subscriptionId, orders.id), eq(billingActions.term, TERMLESS_DUNNING_TERM), like(billingActions.action, 'order:%')),
    )
    .where(and(eq(invoices.id, invoiceId), reader.kind === 'customer' ? eq(invoices.customerId, reader.customerId) : undefined));
  if (rows.length === 0) return null;
  const reminders = rows.filter((row) => row.action.startsWith('order:remind:'));
  const lapse = rows.find((row) => row.action === 'order:lapse' && (row.result as { lapsed?: boolean } | null)?.lapsed === true);
  const last = reminders.reduce<Date | null>((latest, row) => (!latest || row.dueAt > latest ? row.dueAt : latest), null);
  return { reminders: reminders.length, lastReminderAt: last, cancelledAt: lapse?.dueAt ?? null };
}
