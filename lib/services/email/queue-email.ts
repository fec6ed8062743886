import { eq } from 'drizzle-orm';
import { builtOnceQuery, placeholders, valueFor } from '@/db/built-once';
import { db as appDb, type DbOrTx } from '@/db/client';
import { emailOutbox, type EmailAttachmentRef, type EmailLinkRef, type NewOutboxEmail } from '@/db/schema';
import { getMessageOverrides } from '@/db/queries/texts/get-message-overrides';
import type { Locale } from '@/lib/i18n/locales';
import type { TemplateName, TemplateProps } from '@/emails/registry';
import { renderEmail } from '@/emails/render';
import { isResendConfigured } from './email-transport';

export type QueueEmailInput<T extends TemplateName> = {
  template: T;
  to: string;
  locale: Locale;
  /** The template's props; its locale is the message's `locale`. */
  props: Omit<TemplateProps<T>, 'locale'>;
  /** One message per key, ever: e.g. `order-confirmation:<orderId>`. */
  dedupeKey: string;
  /** Files attached when the message is delivered, stored as references (see deliverEmail). */
  attachments?: EmailAttachmentRef[];
  /** Documents the message links to instead (signed, expiring links), for the record. */
  links?: EmailLinkRef[];
};

/**
 * NOTE: built once (db/built-once.ts): nearly every e-mail is stored by this insert, thousands in
 * the demo history. Every field of outboxRow is a placeholder (the id and created_at stay the
 * database's defaults), so the text is the one drizzle built from outboxRow's row each time.
 */
const insertStatement = builtOnceQuery<{ id: string }>(() =>
  appDb
    .insert(emailOutbox)
    .values(placeholders('dedupeKey', 'template', 'locale', 'toAddress', 'subject', 'props', 'html', 'text', 'attachments', 'links', 'transport', 'status'))
    .onConflictDoNothing({ target: emailOutbox.dedupeKey })
    .returning({ id: emailOutbox.id }),
);
const existingStatement = builtOnceQuery<{ id: string }>(() =>
  appDb.select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.dedupeKey, valueFor(emailOutbox.dedupeKey, 'dedupeKey'))),
);

/**
 * Renders a message and stores it in the outbox: `queued` for Resend when it is configured,
 * otherwise `stored` (the outbox is the transport). Runs in the caller's transaction if given one.
 *
 * NOTE: ON CONFLICT (dedupe_key) DO NOTHING: a retried step or a replayed event finds the first
 * message (`created: false`) and never writes a second one.
 */
export async function queueEmail<T extends TemplateName>(
  db: DbOrTx,
  input: QueueEmailInput<T>,
): Promise<{ id: string; created: boolean }> {
  // The merchant's texts for this e-mail in its language go before the catalog's.
  const overrides = await getMessageOverrides(input.template, input.locale, db);
  const [inserted] = await insertStatement(db, await outboxRow(input, isResendConfigured(), overrides));
  if (inserted) return { id: inserted.id, created: true };

  const [existing] = await existingStatement(db, { dedupeKey: input.dedupeKey });
  if (!existing) throw new Error(`Outbox conflict on ${input.dedupeKey}, but no row has that key`);
  return { id: existing.id, created: false };
}

/**
 * The outbox row of a message, rendered: `queued` for Resend, or `stored` when the outbox is the
 * transport. Throws when the template cannot render it (the caller keeps that per message).
 */
export async function outboxRow<T extends TemplateName>(input: QueueEmailInput<T>, viaResend: boolean, messages: Record<string, string> = {}): Promise<NewOutboxEmail> {
  const overrides = Object.keys(messages).length > 0 ? { messages } : undefined;
  const props = { ...input.props, locale: input.locale, overrides } as TemplateProps<T>;
  const rendered = await renderEmail(input.template, props);
  return {
    dedupeKey: input.dedupeKey,
    template: input.template,
    locale: input.locale,
    toAddress: input.to,
    subject: rendered.subject,
    props: input.props,
    html: rendered.html,
    text: rendered.text,
    attachments: input.attachments?.length ? input.attachments : null,
    links: input.links?.length ? input.links : null,
    transport: viaResend ? 'resend' : 'outbox',
    status: newOutboxStatus(viaResend),
  };
}

/** The status a message is written with: `queued` for Resend, `stored` when the outbox is the transport. */
export function newOutboxStatus(viaResend: boolean): 'queued' | 'stored' {
  return viaResend ? 'queued' : 'stored';
}
