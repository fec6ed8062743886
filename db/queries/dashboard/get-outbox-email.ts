import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { emailOutbox, type EmailLinkRef, type OutboxEmail } from '@/db/schema';
import { isSensitiveTemplate } from '@/emails/registry';

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
  /** The signed links the message carried (an invoice's PDF, its pay page) and until when they work. */
  links: EmailLinkRef[];
  /**
   * Why the bodies are empty: `sensitive`, the message carries a credential (a sign-in link) and
   * staff never see it; `purged`, deleted after the retention period. Null: they are shown.
   */
  withheld: 'sensitive' | 'purged' | null;
};

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
      bodyPurgedAt: emailOutbox.bodyPurgedAt,
      links: emailOutbox.links,
    })
    .from(emailOutbox)
    .where(eq(emailOutbox.id, id))
    .limit(1);
  if (!row) return null;
  const { bodyPurgedAt, ...email } = row;
  // NOTE: a sign-in link is a live credential for someone's account, whether it went out by
  // e-mail or waits in the outbox: staff see that it was sent, to whom and when, not the link.
  const withheld = isSensitiveTemplate(row.template) ? 'sensitive' : bodyPurgedAt ? 'purged' : null;
  const bodies = withheld ? { html: '', text: '' } : {};
  return { ...email, ...bodies, withheld, links: row.links ?? [], createdAt: row.createdAt.toISOString(), sentAt: row.sentAt?.toISOString() ?? null };
}
