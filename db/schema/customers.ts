import { sql } from 'drizzle-orm';
import { boolean, char, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { customerType, locale } from './enums';
import { testClocks } from './test-clocks';

export const customers = pgTable(
  'customers',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    name: text().notNull(),
    email: text().notNull(),
    customerType: customerType().notNull().default('consumer'),
    companyName: text(),
    // Normalised by lib/validations/tax-ids (format and check digits per country).
    vatId: text(),
    organisationNumber: text(),
    // The buyer's Peppol participant id (EAS scheme such as 0192, and the value in it).
    peppolScheme: text(),
    peppolId: text(),
    phone: text(),
    // A business that wants the EHF / Peppol XML attached to its invoice e-mails.
    wantsEinvoice: boolean().notNull().default(false),
    addressLine1: text().notNull(),
    addressLine2: text(),
    postalCode: text().notNull(),
    city: text().notNull(),
    country: char({ length: 2 }).notNull(),
    locale: locale().notNull().default('en'),
    // Merchant may switch customer cancellation off per customer.
    canCancel: boolean().notNull().default(true),
    // The merchant lets this customer stop at once on Min Side (with the shop's
    // customers_can_stop_now).
    canStopNow: boolean().notNull().default(true),
    // The merchant lets this customer pause and resume their subscriptions on Min Side (with the
    // shop's customers_can_pause).
    canPause: boolean().notNull().default(true),
    // The customer signs in by e-mailed link only: a password, if any, is refused at sign-in.
    signInByLinkOnly: boolean().notNull().default(false),
    // Merchant may switch plan changes on Min Side off per customer.
    canChangePlan: boolean().notNull().default(true),
    // Simulated customers run on a test clock instead of the real time.
    testClockId: uuid().references(() => testClocks.id, { onDelete: 'restrict' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // When staff erased the personal data (a data-protection request): the row stays for the
    // invoices that point at it, with placeholders (lib/services/privacy/erase-customer.ts).
    erasedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('customers_user_id_key').on(t.userId),
    // The dashboard's search ("contains", case-insensitive) by name or e-mail: trigram indexes
    // (pg_trgm; the migration skips them where the extension cannot be created).
    index('customers_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
    index('customers_email_trgm_idx').using('gin', t.email.op('gin_trgm_ops')),
    // The few simulated customers, so that a read of the real ones can leave them out by an
    // anti-join instead of joining every real customer (the MRR drill-down).
    index('customers_test_clock_id_idx').on(t.testClockId).where(sql`${t.testClockId} is not null`),
  ],
);

export type Customer = typeof customers.$inferSelect;
export type NewCustomer = typeof customers.$inferInsert;
