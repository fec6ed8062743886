import { eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { emailOutbox, orders } from '@/db/schema';

/**
 * The outbox messages about an erased customer: those sent to their addresses, and the shop's
 * own new-order notices naming them. The address becomes the placeholder, the bodies and props
 * are purged, a notice's subject (it names the customer) is replaced; the record of each message
 * (kind, dates, status) stays. Returns how many messages were touched.
 */
export async function purgeCustomerEmails(
  tx: Tx,
  input: { customerId: string; addresses: string[]; placeholder: string; now: Date },
): Promise<number> {
  const orderIds = (await tx.select({ id: orders.id }).from(orders).where(eq(orders.customerId, input.customerId))).map((o) => o.id);
  const notices = orderIds.map((id) => `merchant-new-order:${id}`);
  const purged = { html: '', text: '', props: {}, attachments: null, bodyPurgedAt: sql`coalesce(${emailOutbox.bodyPurgedAt}, ${input.now.toISOString()}::timestamptz)` };
  const toThem = await tx
    .update(emailOutbox)
    .set({ ...purged, toAddress: input.placeholder })
    .where(inArray(emailOutbox.toAddress, input.addresses))
    .returning({ id: emailOutbox.id });
  const aboutThem = notices.length
    ? await tx
        .update(emailOutbox)
        .set({ ...purged, subject: 'New order (customer erased)' })
        .where(inArray(emailOutbox.dedupeKey, notices))
        .returning({ id: emailOutbox.id })
    : [];
  return toThem.length + aboutThem.length;
}
