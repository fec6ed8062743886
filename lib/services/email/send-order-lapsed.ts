import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { creditNotes, customers, invoices } from '@/db/schema';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { emailShop } from './email-shop';
import { orderReference } from './load-order-confirmation';
import { queueEmail } from './queue-email';

export type OrderLapsedInput = {
  /** The credit note that cancelled the order's invoice (it names the invoice). */
  creditNoteId: string;
  orderId: string;
  lapsedAt: Date;
  /** The zone the shop (or its test clock) dates things in. */
  timeZone: string;
};

/**
 * Queues, in the caller's transaction (the bill run's), the notice that an order waiting for its
 * money was cancelled at the end of its reminders and its invoice credited in full.
 * Idempotent: the dedupe key `order-lapsed:<orderId>` (an order lapses once).
 */
export async function queueOrderLapsed(db: DbOrTx, input: OrderLapsedInput): Promise<{ id: string; created: boolean }> {
  const [row] = await db
    .select({ note: creditNotes, invoice: invoices, customer: customers })
    .from(creditNotes)
    .innerJoin(invoices, eq(invoices.id, creditNotes.invoiceId))
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .where(eq(creditNotes.id, input.creditNoteId));
  if (!row) throw new Error(`Credit note ${input.creditNoteId} does not exist`);
  const { note, invoice, customer } = row;
  const settings = await getShopSettings(db);
  return queueEmail(db, {
    template: 'order-lapsed',
    to: customer.email,
    locale: customer.locale,
    dedupeKey: `order-lapsed:${input.orderId}`,
    props: {
      shop: emailShop(settings),
      timeZone: input.timeZone,
      customerName: invoice.customerSnapshot?.name ?? customer.name,
      orderReference: orderReference(input.orderId),
      invoiceNumber: invoice.number!,
      creditNoteNumber: note.number,
      currency: invoice.currency,
      totalMinor: note.totalMinor,
      lapsedAt: input.lapsedAt.toISOString(),
    },
  });
}
