import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { emailComposeQueue, type EmailComposeItem } from '@/db/schema';
import type { TermAnnouncementInput } from './send-term-announcement';
import { queueTermAnnouncement } from './send-term-announcement';
import { queueInvoiceEmail } from './send-invoice-email';
import { isResendConfigured } from './email-transport';
import { retryPendingEmails } from './retry-pending-emails';

const MAX_ATTEMPTS = 5;

async function compose(tx: Parameters<Parameters<typeof db.transaction>[0]>[0], item: EmailComposeItem) {
  if (item.builder === 'invoice') {
    const input = item.input as { invoiceId: string; payUrl?: string | null };
    await queueInvoiceEmail(tx, input.invoiceId, { payUrl: input.payUrl });
    return;
  }
  const input = item.input as Record<string, unknown>;
  // JSON brought the dates back as strings.
  const revived = {
    ...input,
    periodStart: new Date(input.periodStart as string),
    periodEnd: new Date(input.periodEnd as string),
    collectAt: new Date(input.collectAt as string),
  } as TermAnnouncementInput;
  await queueTermAnnouncement(tx, revived);
}

/**
 * Composes queued messages into the outbox (load, render, store), then hands queued ones to the
 * transport. Each message is its own transaction: one that fails (a template bug, data gone) is
 * kept with its error and retried later, never blocking the others.
 */
export async function composePendingEmails(
  input: { limit?: number; testClockId?: string | null } = {},
): Promise<{ composed: number; failed: number }> {
  const limit = input.limit ?? 10_000;
  const items = await db
    .select()
    .from(emailComposeQueue)
    .where(
      and(
        lt(emailComposeQueue.attempts, MAX_ATTEMPTS),
        input.testClockId === undefined
          ? undefined
          : input.testClockId === null
            ? isNull(emailComposeQueue.testClockId)
            : eq(emailComposeQueue.testClockId, input.testClockId),
      ),
    )
    .orderBy(asc(emailComposeQueue.createdAt))
    .limit(limit);
  let composed = 0;
  let failed = 0;
  for (const item of items) {
    try {
      await db.transaction(async (tx) => {
        const [locked] = await tx
          .select()
          .from(emailComposeQueue)
          .where(eq(emailComposeQueue.dedupeKey, item.dedupeKey))
          .for('update', { skipLocked: true });
        if (!locked) return; // another composer has it
        await compose(tx, locked);
        await tx.delete(emailComposeQueue).where(eq(emailComposeQueue.dedupeKey, item.dedupeKey));
      });
      composed += 1;
    } catch (error) {
      failed += 1;
      await db
        .update(emailComposeQueue)
        .set({ attempts: sql`${emailComposeQueue.attempts} + 1`, lastError: error instanceof Error ? error.message : String(error) })
        .where(eq(emailComposeQueue.dedupeKey, item.dedupeKey));
    }
  }
  // Delivery runs on real time (the transport's clock), also for simulated customers. Without a
  // transport the outbox is the delivery: nothing more to do.
  if (composed > 0 && isResendConfigured()) {
    try {
      await retryPendingEmails({ now: new Date(), minAgeMs: 0, limit: composed });
    } catch (error) {
      // Rows stay queued (or failed, with the reason) and are retried later.
      console.error('[email] delivery after composing failed:', error instanceof Error ? error.message : error);
    }
  }
  return { composed, failed };
}
