import { and, eq, ne } from 'drizzle-orm';
import { db as defaultDb, type DbOrTx } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { EmailDeliveryError } from './email-delivery-error';
import { createResendClient, emailFrom, type ResendClient } from './email-transport';
import { renderAttachments, type RenderedAttachment } from './render-attachments';

export type DeliverEmailOptions = {
  /** Injected in tests; by default a client for RESEND_API_KEY. */
  resend?: ResendClient;
  db?: DbOrTx;
};

/**
 * Sends one `queued` (or previously `failed`) outbox row through Resend and records the outcome.
 * Resend 6 answers `{ error }` instead of throwing: the row becomes `failed` with that text and
 * an EmailDeliveryError is thrown, so an Inngest step retries and nothing fails silently.
 *
 * NOTE: the dedupe key is Resend's idempotency key, so a retry after a lost answer (timeout,
 * crash before the update) does not send the message twice.
 *
 * Attachments are stored as references and rendered here (an invoice PDF from the stored
 * invoice); one that cannot be rendered fails the row like a refusal, visible in the outbox.
 */
export async function deliverEmail(
  id: string,
  options: DeliverEmailOptions = {},
): Promise<{ providerMessageId: string; alreadySent: boolean }> {
  const db = options.db ?? defaultDb;
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  if (!row) throw new Error(`E-mail ${id} is not in the outbox`);
  if (row.status === 'sent') return { providerMessageId: row.providerMessageId ?? '', alreadySent: true };
  if (row.status === 'stored') throw new Error(`E-mail ${id} is kept in the outbox only: no transport to deliver it`);

  let attachments: RenderedAttachment[];
  try {
    attachments = await renderAttachments(db, row.attachments);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await recordFailure(db, id, `attachment: ${message}`);
    throw new EmailDeliveryError(id, 'attachment', message);
  }

  const resend = options.resend ?? createResendClient();
  let response: Awaited<ReturnType<ResendClient['emails']['send']>>;
  try {
    response = await resend.emails.send(
      {
        from: emailFrom(),
        to: [row.toAddress],
        subject: row.subject,
        html: row.html,
        text: row.text,
        ...(attachments.length ? { attachments } : {}),
      },
      { idempotencyKey: row.dedupeKey },
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await recordFailure(db, id, `exception: ${message}`);
    throw new EmailDeliveryError(id, 'exception', message);
  }

  if (response.error) {
    const { name, message } = response.error;
    await recordFailure(db, id, `${name}: ${message}`);
    throw new EmailDeliveryError(id, name, message);
  }

  await db
    .update(emailOutbox)
    .set({ status: 'sent', transport: 'resend', providerMessageId: response.data.id, error: null, sentAt: new Date() })
    .where(eq(emailOutbox.id, id));
  return { providerMessageId: response.data.id, alreadySent: false };
}

async function recordFailure(db: DbOrTx, id: string, error: string) {
  // A concurrent delivery of the same row may already have succeeded: never downgrade `sent`.
  await db
    .update(emailOutbox)
    .set({ status: 'failed', error })
    .where(and(eq(emailOutbox.id, id), ne(emailOutbox.status, 'sent')));
}
