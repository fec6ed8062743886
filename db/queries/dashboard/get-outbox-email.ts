import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { emailOutbox, type OutboxEmail } from '@/db/schema';

/** One outbox message with its headers and both bodies; dates as ISO strings. */
export type OutboxEmailDetail = {
  id: string;
  dedupeKey: string;
  template: string;
  locale: OutboxEmail['locale'];
  toAddress: string;
  subject: string;
  html: string;
  text: string;
  transport: OutboxEmail['transport'];
  status: OutboxEmail['status'];
  providerMessageId: string | null;
  error: string | null;
  createdAt: string;
  sentAt: string | null;
};

const REDACTED_TEXT = 'This sign-in link was delivered to the customer and is hidden here.';
const REDACTED_HTML = `<p>${REDACTED_TEXT}</p>`;

/** The message with this id, or null. `id` must already be a valid uuid (the page checks it). */
export async function getOutboxEmail(id: string): Promise<OutboxEmailDetail | null> {
  const [row] = await db
    .select({
      id: emailOutbox.id,
      dedupeKey: emailOutbox.dedupeKey,
      template: emailOutbox.template,
      locale: emailOutbox.locale,
      toAddress: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      html: emailOutbox.html,
      text: emailOutbox.text,
      transport: emailOutbox.transport,
      status: emailOutbox.status,
      providerMessageId: emailOutbox.providerMessageId,
      error: emailOutbox.error,
      createdAt: emailOutbox.createdAt,
      sentAt: emailOutbox.sentAt,
    })
    .from(emailOutbox)
    .where(eq(emailOutbox.id, id))
    .limit(1);
  if (!row) return null;
  // NOTE: a sign-in link that really went out by e-mail is a live credential for the customer's
  // account: staff see that it was sent, not the link. With no transport configured the outbox
  // is the delivery channel (embedded default), so there it is shown.
  const hidden = row.template === 'sign-in-link' && row.transport !== 'outbox';
  const bodies = hidden ? { html: REDACTED_HTML, text: REDACTED_TEXT } : {};
  return { ...row, ...bodies, createdAt: row.createdAt.toISOString(), sentAt: row.sentAt?.toISOString() ?? null };
}
