import { createHash } from 'node:crypto';
import { and, asc, eq, gt, inArray, lte, ne, sql } from 'drizzle-orm';
import type { Resend } from 'resend';
import { db, type Tx } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { deliverEmail } from './deliver-email';
import { EmailDeliveryError } from './email-delivery-error';
import { createResendClient, emailFrom, type ResendClient } from './email-transport';
import { backoffMs, isRetryable, resendPacer, sleep, type Pacer } from './resend-pacer';

/** Resend's batch endpoint takes at most 100 messages a request. */
export const RESEND_BATCH_LIMIT = 100;
/** Resend keeps an idempotency key for 24 hours: older rows are left to be looked at by a person. */
const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;
const MAX_TRIES = 6;

/** What the sender needs of the Resend SDK: the batch endpoint, and single sends for attachments. */
export type ResendBatchClient = ResendClient & { batch: { send: Resend['batch']['send'] } };

export type SendQueuedOptions = {
  limit?: number;
  /** Rows created up to this moment (and within Resend's idempotency window before it) are sent. */
  now?: Date;
  /** Injected in tests and the benchmark; by default a client for RESEND_API_KEY. */
  resend?: ResendBatchClient;
  pacer?: Pacer;
  /** The wait between tries (tests pass one that does not sleep). */
  sleep?: (ms: number) => Promise<void>;
};

type Row = Pick<typeof emailOutbox.$inferSelect, 'id' | 'dedupeKey' | 'toAddress' | 'subject' | 'html' | 'text' | 'attachments'>;

/**
 * Sends the outbox's `queued` messages through Resend, oldest first: up to 100 a request on the
 * batch endpoint, paced to Resend's rate limit, with backoff on a 429 or a 5xx. Each request's
 * rows are claimed FOR UPDATE SKIP LOCKED and held until their outcome is written, so two senders
 * never send the same row; the batch's idempotency key (from its rows' keys) makes a retry after
 * a lost answer send nothing twice. The outbox keeps each row's outcome: `sent` with Resend's id,
 * or `failed` with the reason (a refused message fails alone; the others in its request are sent).
 *
 * NOTE: the batch endpoint takes no attachments: invoice e-mails link their PDF so they fit it;
 * the few messages with a file (a business that asked for its invoices attached) are sent one a
 * request, through the same pacing.
 */
export async function sendQueuedEmails(options: SendQueuedOptions = {}): Promise<{ sent: number; failed: number }> {
  const limit = options.limit ?? 10_000;
  const resend = options.resend ?? (createResendClient() as unknown as ResendBatchClient);
  const pacer = options.pacer ?? resendPacer();
  const wait = options.sleep ?? sleep;
  const total = { sent: 0, failed: 0 };
  while (total.sent + total.failed < limit) {
    const take = Math.min(RESEND_BATCH_LIMIT, limit - total.sent - total.failed);
    const outcome = await db.transaction(async (tx) => {
      const rows = await claimQueued(tx, take, options.now ?? new Date());
      if (rows.length === 0) return null;
      const plain = rows.filter((r) => !r.attachments?.length);
      const withFiles = rows.filter((r) => r.attachments?.length);
      const result = plain.length ? await sendBatch(tx, plain, resend, pacer, wait) : { sent: 0, failed: 0 };
      for (const row of withFiles) {
        const one = await sendOne(tx, row, resend, pacer, wait);
        result[one] += 1;
      }
      return result;
    });
    if (!outcome) break;
    total.sent += outcome.sent;
    total.failed += outcome.failed;
  }
  return total;
}

async function claimQueued(tx: Tx, limit: number, now: Date): Promise<Row[]> {
  return tx
    .select({
      id: emailOutbox.id,
      dedupeKey: emailOutbox.dedupeKey,
      toAddress: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      html: emailOutbox.html,
      text: emailOutbox.text,
      attachments: emailOutbox.attachments,
    })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.status, 'queued'), gt(emailOutbox.createdAt, new Date(now.getTime() - IDEMPOTENCY_WINDOW_MS)), lte(emailOutbox.createdAt, now)))
    .orderBy(asc(emailOutbox.createdAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

async function sendBatch(tx: Tx, rows: Row[], resend: ResendBatchClient, pacer: Pacer, wait: (ms: number) => Promise<void>) {
  const from = emailFrom();
  const payload = rows.map((r) => ({ from, to: [r.toAddress], subject: r.subject, html: r.html, text: r.text }));
  const idempotencyKey = `batch-${createHash('sha256').update(rows.map((r) => r.dedupeKey).join('\n')).digest('hex').slice(0, 48)}`;
  for (let attempt = 1; ; attempt += 1) {
    await pacer.wait();
    let response: Awaited<ReturnType<ResendBatchClient['batch']['send']>>;
    try {
      response = await resend.batch.send(payload, { idempotencyKey, batchValidation: 'permissive' });
    } catch (error) {
      response = { data: null, error: { name: 'application_error', statusCode: null, message: error instanceof Error ? error.message : String(error) }, headers: null };
    }
    if (response.error) {
      if (isRetryable(response.error.statusCode) && attempt < MAX_TRIES) {
        await wait(backoffMs(attempt, response.headers?.['retry-after']));
        continue;
      }
      await markFailed(tx, rows.map((r) => r.id), `${response.error.name}: ${response.error.message}`);
      return { sent: 0, failed: rows.length };
    }
    // NOTE: in permissive mode Resend refuses the invalid messages alone: `errors` names them by
    // index and `data` lists the ids of the others, in order.
    const refused = new Map(((response.data as { errors?: { index: number; message: string }[] }).errors ?? []).map((e) => [e.index, e.message]));
    const ids = (response.data.data as { id: string }[]).map((d) => d.id);
    const sent: { id: string; providerId: string }[] = [];
    let next = 0;
    rows.forEach((row, index) => {
      if (!refused.has(index)) sent.push({ id: row.id, providerId: ids[next++] ?? '' });
    });
    await markSent(tx, sent);
    for (const [index, message] of refused) await markFailed(tx, [rows[index]!.id], `validation_error: ${message}`);
    return { sent: sent.length, failed: refused.size };
  }
}

/** A message with attachments, through deliverEmail (which renders them), retried like a batch. */
async function sendOne(tx: Tx, row: Row, resend: ResendBatchClient, pacer: Pacer, wait: (ms: number) => Promise<void>): Promise<'sent' | 'failed'> {
  for (let attempt = 1; ; attempt += 1) {
    await pacer.wait();
    try {
      await deliverEmail(row.id, { resend, db: tx });
      return 'sent';
    } catch (error) {
      if (!(error instanceof EmailDeliveryError)) throw error;
      const retryable = error.code === 'rate_limit_exceeded' || error.code === 'internal_server_error' || error.code === 'application_error' || error.code === 'exception';
      if (!retryable || attempt >= MAX_TRIES) return 'failed';
      await wait(backoffMs(attempt, undefined));
    }
  }
}

async function markSent(tx: Tx, sent: { id: string; providerId: string }[]) {
  if (sent.length === 0) return;
  const values = sql.join(sent.map((s) => sql`(${s.id}::uuid, ${s.providerId})`), sql`, `);
  await tx.execute(sql`
    update email_outbox o set status = 'sent', transport = 'resend', provider_message_id = v.provider_id, error = null, sent_at = now()
    from (values ${values}) as v(id, provider_id) where o.id = v.id`);
}

async function markFailed(tx: Tx, ids: string[], error: string) {
  // A concurrent single delivery of the same row may already have succeeded: never downgrade `sent`.
  await tx.update(emailOutbox).set({ status: 'failed', error }).where(and(inArray(emailOutbox.id, ids), ne(emailOutbox.status, 'sent')));
}
