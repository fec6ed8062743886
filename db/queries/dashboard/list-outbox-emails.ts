import { desc } from 'drizzle-orm';
import { db } from '@/db/client';
import { emailOutbox, type OutboxEmail } from '@/db/schema';

/** One outbox message as the outbox list shows it (no bodies); dates as ISO strings. */
export type OutboxListRow = {
  id: string;
  createdAt: string;
  toAddress: string;
  subject: string;
  template: string;
  status: OutboxEmail['status'];
  error: string | null;
};

/** Every message in the outbox, newest first. */
export async function listOutboxEmails(): Promise<OutboxListRow[]> {
  const rows = await db
    .select({
      id: emailOutbox.id,
      createdAt: emailOutbox.createdAt,
      toAddress: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      template: emailOutbox.template,
      status: emailOutbox.status,
      error: emailOutbox.error,
    })
    .from(emailOutbox)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id));
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}
