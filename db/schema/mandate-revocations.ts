import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * A mandate to end at its provider: the customer removed the method, or a SEPA debit intent that
 * never debited left one (failSepaIntent). Written in the transaction that deletes the method or
 * fails the intent, tried right after the commit, and again by the billing sweep until the
 * provider confirms: a crash or an outage never leaves a mandate a merchant could still charge
 * after the customer took it away, or one we never knew of.
 */
export const mandateRevocations = pgTable(
  'mandate_revocations',
  {
    id: uuid().primaryKey().defaultRandom(),
    // Not a foreign key: the record outlives an erased customer (the mandate must still end).
    customerId: uuid().notNull(),
    provider: text().notNull(),
    mandateRef: text().notNull(),
    requestedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // Set when the provider confirmed: `revoked`, or `gone` (it had no such mandate any more).
    doneAt: timestamp({ withTimezone: true }),
    outcome: text().$type<'revoked' | 'gone'>(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('mandate_revocations_provider_mandate_key').on(t.provider, t.mandateRef),
    index('mandate_revocations_due_idx').on(t.nextAttemptAt).where(sql`${t.doneAt} is null`),
  ],
);

export type MandateRevocation = typeof mandateRevocations.$inferSelect;
