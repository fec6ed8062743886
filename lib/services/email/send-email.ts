import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { emailOutbox, type OutboxEmail } from '@/db/schema';
import type { TemplateName } from '@/emails/registry';
import { deliverEmail, type DeliverEmailOptions } from './deliver-email';
import { isResendConfigured } from './email-transport';
import { newOutboxStatus, queueEmail, type QueueEmailInput } from './queue-email';

export type SendEmailResult = { id: string; created: boolean; status: OutboxEmail['status'] };

/**
 * Queues a message in its own statement, then delivers it if it waits for Resend. Call it after
 * the business transaction has committed: a rolled-back order must not have mailed anyone.
 *
 * Safe to repeat: the dedupe key finds the first row; a `sent` or `stored` row is left alone and
 * a `failed` one is tried again (a retried Inngest step is how a failed delivery is retried).
 */
export async function sendEmail<T extends TemplateName>(
  input: QueueEmailInput<T>,
  options: Omit<DeliverEmailOptions, 'db'> = {},
): Promise<SendEmailResult> {
  const queued = await queueEmail(db, input);
  // NOTE: a message just written has the status it was written with; only one its key found is read.
  const status = queued.created ? newOutboxStatus(isResendConfigured()) : await outboxStatus(queued.id);
  if (status !== 'queued' && status !== 'failed') return { ...queued, status };

  await deliverEmail(queued.id, options);
  return { ...queued, status: 'sent' };
}

async function outboxStatus(id: string): Promise<OutboxEmail['status']> {
  const [row] = await db.select({ status: emailOutbox.status }).from(emailOutbox).where(eq(emailOutbox.id, id));
  if (!row) throw new Error(`E-mail ${id} vanished from the outbox`);
  return row.status;
}
