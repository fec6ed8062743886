import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { emailStatus, locale } from './enums';

/**
 * A file to attach when the message is delivered, by reference: the PDF is rendered from the
 * stored invoice at delivery, so the outbox stays small.
 */
export type EmailAttachmentRef = { kind: 'invoice-pdf'; invoiceId: string; filename: string };

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
    transport: text().$type<'outbox' | 'resend'>().notNull(),
    status: emailStatus().notNull(),
    providerMessageId: text(),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('email_outbox_dedupe_key_key').on(t.dedupeKey),
    index('email_outbox_to_address_idx').on(t.toAddress),
    index('email_outbox_created_at_idx').on(t.createdAt),
  ],
);

export type OutboxEmail = typeof emailOutbox.$inferSelect;
export type NewOutboxEmail = typeof emailOutbox.$inferInsert;

/**
 * Messages the bill run decided to send, to be composed (loaded and rendered) into the outbox
 * right after it. NOTE: the engine writes one small row per message in its own transaction (so
 * the decision commits with the step, deduplicated on the same key as the outbox); rendering
 * 100,000 e-mails inside the bill run would be most of its cost.
 */
export const emailComposeQueue = pgTable(
  'email_compose_queue',
  {
    // NOTE: the dedupe key is the primary key (no surrogate id): one index to maintain for the
    // tens of thousands of rows a bill run adds, and a replayed step finds its row by it.
    dedupeKey: text().primaryKey(),
    builder: text().$type<'invoice' | 'term-announcement'>().notNull(),
    input: jsonb().notNull(),
    // The test clock of the customer it is for (null: a real customer): a simulation composes its
    // own messages when it runs, and a real sweep never waits for a simulation's.
    testClockId: uuid(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
);

export type EmailComposeItem = typeof emailComposeQueue.$inferSelect;
