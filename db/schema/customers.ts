import { boolean, char, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { locale } from './enums';
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
    companyName: text(),
    vatId: text(),
    addressLine1: text().notNull(),
    addressLine2: text(),
    postalCode: text().notNull(),
    city: text().notNull(),
    country: char({ length: 2 }).notNull(),
    locale: locale().notNull().default('en'),
    // Merchant may switch customer cancellation off per customer.
    canCancel: boolean().notNull().default(true),
    // The merchant lets this customer pause and resume their subscriptions on Min Side (with the
    // shop's customers_can_pause).
    canPause: boolean().notNull().default(true),
    // Simulated customers run on a test clock instead of the real time.
    testClockId: uuid().references(() => testClocks.id, { onDelete: 'restrict' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // When staff erased the personal data (a data-protection request): the row stays for the
    // invoices that point at it, with placeholders (lib/services/privacy/erase-customer.ts).
    erasedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('customers_user_id_key').on(t.userId)],
);

export type Customer = typeof customers.$inferSelect;
export type NewCustomer = typeof customers.$inferInsert;
