import { and, asc, gt, inArray, lt } from 'drizzle-orm';
import { db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { deliverEmail, type DeliverEmailOptions } from './deliver-email';
import { EmailDeliveryError } from './email-delivery-error';

/** Resend keeps an idempotency key for 24 hours: past that a retry could send a message twice. */
const RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Delivers what is still `queued` or `failed` after `minAgeMs` (a crash between queueing and
 * delivery, or Resend refusing): the retry path when no Inngest step retries. For the embedded
 * sweep or a cron. Only rows younger than Resend's idempotency window are tried, so a message
 * whose answer was lost is never sent twice; older ones stay `failed`, visible in the outbox.
 */
export async function retryPendingEmails(
  input: { now: Date; minAgeMs?: number; limit?: number } & Omit<DeliverEmailOptions, 'db'>,
): Promise<{ sent: number; failed: number }> {
  const { now, minAgeMs = 60_000, limit = 50, ...options } = input;
  const due = await db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(
      and(
        inArray(emailOutbox.status, ['queued', 'failed']),
        lt(emailOutbox.createdAt, new Date(now.getTime() - minAgeMs)),
        gt(emailOutbox.createdAt, new Date(now.getTime() - RETRY_WINDOW_MS)),
      ),
    )
    .orderBy(asc(emailOutbox.createdAt))
    .limit(limit);

  let sent = 0;
  let failed = 0;
  for (const { id } of due) {
    try {
      await deliverEmail(id, options);
      sent += 1;
    } catch (error) {
      // Recorded on the row by deliverEmail; anything else is a bug and must surface.
      if (!(error instanceof EmailDeliveryError)) throw error;
      failed += 1;
    }
  }
  return { sent, failed };
}
