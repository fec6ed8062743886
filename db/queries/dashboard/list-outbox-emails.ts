import { desc } from 'drizzle-orm';
import { db } from '@/db/client';
import { emailOutbox, type OutboxEmail } from '@/db/schema';

export const OUTBOX_PAGE_SIZE = 500;

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

/** The latest messages in the outbox, newest first (a bill run adds thousands at a time). */
export async function listOutboxEmails(options: { limit?: number } = {}): Promise<OutboxListRow[]> {
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
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(options.limit ?? OUTBOX_PAGE_SIZE);
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}
