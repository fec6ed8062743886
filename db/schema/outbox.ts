import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { emailStatus, locale } from './enums';

/**
 * A file to attach when the message is delivered, by reference: the PDF is rendered from the
 * stored invoice at delivery, so the outbox stays small.
 */
export type EmailAttachmentRef =
  | { kind: 'invoice-pdf'; invoiceId: string; filename: string }
  // The invoice as an EHF / Peppol BIS 3.0 e-invoice (UBL XML), for business customers who want one.
  | { kind: 'invoice-ehf'; invoiceId: string; filename: string };

/**
 * A signed link a message carries in place of a file (an invoice's PDF, its pay page): which
 * document, and until when the link works. The token itself is only in the body.
 */
export type EmailLinkRef = { kind: 'invoice-pdf' | 'invoice-pay'; invoiceId: string; expiresAt: string };

/** Every message the shop sends, whatever the transport: nothing sent is lost from view. */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid().primaryKey().defaultRandom(),
    // NOTE: e.g. `order-confirmation:<orderId>`; a retried step cannot send the same mail twice.
    dedupeKey: text().notNull(),
    template: text().notNull(),
    locale: locale().notNull().default('en'),
    toAddress: text().notNull(),
    subject: text().notNull(),
    props: jsonb().notNull(),
    html: text().notNull(),
    text: text().notNull(),
    attachments: jsonb().$type<EmailAttachmentRef[]>(),
    // The documents linked instead of attached (EmailLinkRef): kept after the bodies are purged,
    // so the record says what the customer was sent and until when the links worked.
    links: jsonb().$type<EmailLinkRef[]>(),
    transport: text().$type<'outbox' | 'resend'>().notNull(),
    status: emailStatus().notNull(),
    providerMessageId: text(),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
    // When the bodies (html, text, props, attachments) were deleted after the retention period;
    // the record of the message (to, subject, template, dates, status) stays.
    bodyPurgedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('email_outbox_dedupe_key_key').on(t.dedupeKey),
    index('email_outbox_to_address_idx').on(t.toAddress),
    index('email_outbox_created_at_idx').on(t.createdAt),
    // The purge's work list: messages whose bodies are still kept, oldest first.
    index('email_outbox_unpurged_idx').on(t.createdAt).where(sql`${t.bodyPurgedAt} is null`),
    // The sender's work list: messages waiting for Resend, oldest first (not every stored one).
    index('email_outbox_queued_idx').on(t.createdAt).where(sql`${t.status} = 'queued'`),
    // The outbox list's search ("contains", case-insensitive) by address, subject or template:
    // trigram indexes (pg_trgm; the migration skips them where the extension cannot be created).
    index('email_outbox_to_address_trgm_idx').using('gin', t.toAddress.op('gin_trgm_ops')),
    index('email_outbox_subject_trgm_idx').using('gin', t.subject.op('gin_trgm_ops')),
    index('email_outbox_template_trgm_idx').using('gin', t.template.op('gin_trgm_ops')),
  ],
);

export type OutboxEmail = typeof emailOutbox.$inferSelect;
export type NewOutboxEmail = typeof emailOutbox.$inferInsert;

/**
 * Messages whose composition (load, render, store in the outbox) failed, kept with the reason and
 * retried. NOTE: the bill run decides its e-mails with flags on the rows it writes anyway
 * (`billing_actions.mail_pending`, `invoices.email_pending`) and they are composed right after
 * it; a message lands here only when composing it failed, so one bad template or missing row
 * never blocks the others and never loses the message.
 */
export const emailComposeQueue = pgTable(
  'email_compose_queue',
  {
    // The outbox key of the message: the primary key, so a message is queued once.
    dedupeKey: text().primaryKey(),
    builder: text().$type<'invoice' | 'term-announcement'>().notNull(),
    input: jsonb().notNull(),
    // The test clock of the customer it is for (null: a real customer): a simulation composes its
    // own messages when it runs, and a real sweep never waits for a simulation's.
    testClockId: uuid(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // When it last failed: a composer run tries only rows that failed before it started, so its
    // two workers never both retry (and count up) the same row in one run.
    lastAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
);

export type EmailComposeItem = typeof emailComposeQueue.$inferSelect;
