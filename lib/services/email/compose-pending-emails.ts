import { eq } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { emailComposeQueue, emailOutbox, type NewOutboxEmail } from '@/db/schema';
import { termAnnouncementInput } from '@/lib/services/billing/term-announcement-input';
import { redactError } from '@/lib/errors/redact-error';
import { queueTermAnnouncement } from './send-term-announcement';
import { queueInvoiceEmail } from './send-invoice-email';
import { isResendConfigured } from './email-transport';
import { loadBatchMessages } from './load-batch-messages';
import { outboxRow } from './queue-email';
import { getAllMessageOverrides } from '@/db/queries/texts/get-message-overrides';
import { sendQueuedEmails } from './send-queued-emails';
import {
  claimPendingBatch,
  claimPendingEmail,
  clearPendingFlags,
  listPendingEmails,
  recordComposeFailure,
  type PendingEmail,
} from './pending-emails';

/** Messages composed per transaction: big enough that the bulk loads pay off, small enough to hold few locks. */
export const COMPOSE_BATCH_SIZE = 250;
/** Rows per INSERT: well under PostgreSQL's 65,535 parameters (13 columns a row). */
const INSERT_CHUNK = 500;

type BatchResult = { claimed: number; composed: number; failed: PendingEmail[] };

/**
 * Composes the messages the engine decided on into the outbox (load, render, store), in batches,
 * then hands queued ones to the transport.
 *
 * Each batch is one transaction: its messages are claimed FOR UPDATE SKIP LOCKED (two composers
 * at once take different ones), their data loaded in bulk, each rendered once, all stored in one
 * statement and their flags cleared with them. A message that cannot be composed (a template bug,
 * data gone) goes to the retry queue with its error inside that same transaction; the others are
 * stored. Should the batch itself fail (a statement refused), nothing of it was written and its
 * messages are composed one at a time instead, so the one at fault is set aside.
 */
export async function composePendingEmails(
  input: { limit?: number; testClockId?: string | null; batchSize?: number; /** Hand queued ones to Resend afterwards (default). */ deliver?: boolean } = {},
): Promise<{ composed: number; failed: number }> {
  const limit = input.limit ?? 10_000;
  const batchSize = input.batchSize ?? COMPOSE_BATCH_SIZE;
  let composed = 0;
  let taken = 0;
  const startedAt = new Date();
  const failedKeys: string[] = [];
  // NOTE: two batches in flight: while one renders (this process's CPU), the other's claim, loads
  // and insert run in the database (the server's); SKIP LOCKED keeps their messages apart.
  const worker = async () => {
    while (taken < limit) {
      const size = Math.min(batchSize, limit - taken);
      taken += size;
      let result: BatchResult;
      try {
        result = await db.transaction((tx) => composeBatch(tx, { limit: size, testClockId: input.testClockId, skipRetries: [...failedKeys], retriesBefore: startedAt }));
      } catch (error) {
        console.error('[email] composing a batch failed; composing its messages one at a time:', redactError(error));
        result = await composeOneByOne(await listPendingEmails(db, { limit: size, testClockId: input.testClockId }));
      }
      taken -= size - result.composed - result.failed.length;
      composed += result.composed;
      failedKeys.push(...result.failed.map((f) => f.dedupeKey));
      if (result.claimed === 0) return;
    }
  };
  await Promise.all([worker(), worker()]);
  // Delivery runs on real time (the transport's clock), also for simulated customers. Without a
  // transport the outbox is the delivery: nothing more to do.
  if (composed > 0 && input.deliver !== false && isResendConfigured()) {
    try {
      await sendQueuedEmails({ limit: composed });
    } catch (error) {
      // Rows stay queued (or failed, with the reason) and are retried later.
      console.error('[email] delivery after composing failed:', redactError(error));
    }
  }
  return { composed, failed: failedKeys.length };
}

async function composeBatch(tx: Tx, claim: Parameters<typeof claimPendingBatch>[1]): Promise<BatchResult> {
  const claimed = await claimPendingBatch(tx, claim);
  if (claimed.length === 0) return { claimed: 0, composed: 0, failed: [] };
  const messages = await loadBatchMessages(tx, claimed);
  // The merchant's own texts, once per batch (a handful of rows at most).
  const overrides = await getAllMessageOverrides(tx);
  const viaResend = isResendConfigured();
  const rows: NewOutboxEmail[] = [];
  const failures: { item: PendingEmail; error: string }[] = [];
  for (const item of claimed) {
    const message = messages.get(item.dedupeKey)!;
    try {
      if (message instanceof Error) throw message;
      rows.push(await outboxRow(message, viaResend, overrides.get(`${message.template}|${message.locale}`)));
    } catch (error) {
      failures.push({ item, error: error instanceof Error ? error.message : String(error) });
    }
  }
  // NOTE: ON CONFLICT DO NOTHING: a message already in the outbox (composed before a crash cleared
  // its flag) keeps its first row.
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await tx.insert(emailOutbox).values(rows.slice(i, i + INSERT_CHUNK)).onConflictDoNothing({ target: emailOutbox.dedupeKey });
  }
  const failedKeys = new Set(failures.map((f) => f.item.dedupeKey));
  await clearPendingFlags(tx, claimed, claimed.filter((c) => c.source === 'retry' && !failedKeys.has(c.dedupeKey)).map((c) => c.dedupeKey));
  for (const { item, error } of failures) await recordComposeFailure(tx, item, error);
  return { claimed: claimed.length, composed: rows.length, failed: failures.map((f) => f.item) };
}

/** The slow path, one transaction per message: only after a whole batch failed. */
async function composeOneByOne(items: PendingEmail[]): Promise<BatchResult> {
  let composed = 0;
  const failed: PendingEmail[] = [];
  for (const item of items) {
    try {
      const done = await db.transaction(async (tx) => {
        if (!(await claimPendingEmail(tx, item))) return false; // another composer has it
        await composeOne(tx, item);
        if (item.source === 'retry') await tx.delete(emailComposeQueue).where(eq(emailComposeQueue.dedupeKey, item.dedupeKey));
        return true;
      });
      if (done) composed += 1;
    } catch (error) {
      failed.push(item);
      const message = error instanceof Error ? error.message : String(error);
      await db.transaction((tx) => recordComposeFailure(tx, item, message));
    }
  }
  return { claimed: items.length, composed, failed };
}

async function composeOne(tx: Tx, item: PendingEmail): Promise<void> {
  if ('invoiceId' in item.input) {
    await queueInvoiceEmail(tx, item.input.invoiceId);
    return;
  }
  await queueTermAnnouncement(tx, await termAnnouncementInput(tx, item.input.subscriptionId, item.input.term));
}
