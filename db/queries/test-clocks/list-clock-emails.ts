import { desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, emailOutbox, type OutboxEmail } from '@/db/schema';

/** One message sent to a simulated customer (no bodies); dates as ISO strings. */
export type ClockEmailRow = {
  id: string;
  customerName: string;
  toAddress: string;
  template: string;
  subject: string;
  status: OutboxEmail['status'];
  createdAt: string;
};

/**
 * The outbox messages addressed to one clock's simulated customers, newest first.
 *
 * NOTE: the outbox keeps addresses, not customer ids; simulated customers get unique
 * `simulated-…@example.invalid` addresses, so the address identifies the customer.
 */
export async function listClockEmails(clockId: string): Promise<ClockEmailRow[]> {
  const rows = await db
    .select({
      id: emailOutbox.id,
      customerName: customers.name,
      toAddress: emailOutbox.toAddress,
      template: emailOutbox.template,
      subject: emailOutbox.subject,
      status: emailOutbox.status,
      createdAt: emailOutbox.createdAt,
    })
    .from(emailOutbox)
    .innerJoin(customers, eq(customers.email, emailOutbox.toAddress))
    .where(eq(customers.testClockId, clockId))
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id));
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}
