import { eq } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { emailComposeQueue } from '@/db/schema';
import { termAnnouncementInput } from '@/lib/services/billing/term-announcement-input';
import { queueTermAnnouncement } from './send-term-announcement';
import { queueInvoiceEmail } from './send-invoice-email';
import { isResendConfigured } from './email-transport';
import { retryPendingEmails } from './retry-pending-emails';
import { claimPendingEmail, listPendingEmails, recordComposeFailure, type PendingEmail } from './pending-emails';
import { redactError } from '@/lib/errors/redact-error';

async function compose(tx: Tx, item: PendingEmail): Promise<void> {
  if ('invoiceId' in item.input) {
    await queueInvoiceEmail(tx, item.input.invoiceId);
    return;
  }
  await queueTermAnnouncement(tx, await termAnnouncementInput(tx, item.input.subscriptionId, item.input.term));
}

/**
 * Composes the messages the engine decided on into the outbox (load, render, store), then hands
 * queued ones to the transport. Each message is its own transaction: one that fails (a template
 * bug, data gone) goes to the retry queue with its error, never blocking the others.
 */
export async function composePendingEmails(
  input: { limit?: number; testClockId?: string | null } = {},
): Promise<{ composed: number; failed: number }> {
  const items = await listPendingEmails(db, { limit: input.limit ?? 10_000, testClockId: input.testClockId });
  let composed = 0;
  let failed = 0;
  for (const item of items) {
    try {
      const done = await db.transaction(async (tx) => {
        if (!(await claimPendingEmail(tx, item))) return false; // another composer has it
        await compose(tx, item);
        if (item.source === 'retry') await tx.delete(emailComposeQueue).where(eq(emailComposeQueue.dedupeKey, item.dedupeKey));
        return true;
      });
      if (done) composed += 1;
    } catch (error) {
      failed += 1;
      const message = error instanceof Error ? error.message : String(error);
      await db.transaction((tx) => recordComposeFailure(tx, item, message));
    }
  }
  // Delivery runs on real time (the transport's clock), also for simulated customers. Without a
  // transport the outbox is the delivery: nothing more to do.
  if (composed > 0 && isResendConfigured()) {
    try {
      await retryPendingEmails({ now: new Date(), minAgeMs: 0, limit: composed });
    } catch (error) {
      // Rows stay queued (or failed, with the reason) and are retried later.
      console.error('[email] delivery after composing failed:', redactError(error));
    }
  }
  return { composed, failed };
}
