import { sql } from 'drizzle-orm';
import { boolean, char, check, integer, pgTable, text } from 'drizzle-orm/pg-core';

/** The shop's settings: a single row (id = 1). */
export const shopSettings = pgTable(
  'shop_settings',
  {
    id: integer().primaryKey().default(1),
    name: text().notNull(),
    supportEmail: text().notNull(),
    defaultCurrency: char({ length: 3 }).notNull(),
    timeZone: text().notNull(),
    invoiceSeriesId: text().notNull().default('invoice'),
    // Days between issue and due date.
    paymentTermsDays: integer().notNull().default(14),
    requirePassword: boolean().notNull().default(true),
    thankYouText: text().notNull(),
    enabledPaymentMethods: text().array().notNull(),
    // Customers may stop their subscriptions at the end of the term on Min Side (each customer
    // also has customers.canCancel).
    customersCanStop: boolean().notNull().default(true),
  },
  (t) => [check('shop_settings_singleton_check', sql`${t.id} = 1`)],
);

export type ShopSettings = typeof shopSettings.$inferSelect;
