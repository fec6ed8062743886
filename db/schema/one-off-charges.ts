import { sql } from 'drizzle-orm';
import { bigint, check, char, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { invoices } from './invoices';
import { subscriptions } from './subscriptions';

/**
 * A one-off charge staff added to a subscription by hand (an extra delivery, a replacement...),
 * invoiced at once on its own invoice in the shop's normal series.
 *
 * NOTE: `id` is the key the form was rendered with, so a double submit (two clicks, a resent
 * request) finds its own row and never issues a second invoice.
 */
export const oneOffCharges = pgTable(
  'one_off_charges',
  {
    id: uuid().primaryKey(),
    subscriptionId: uuid()
      .notNull()
      .references(() => subscriptions.id, { onDelete: 'restrict' }),
    invoiceId: uuid()
      .notNull()
      .references(() => invoices.id, { onDelete: 'restrict' }),
    description: text().notNull(),
    // VAT included, as on every invoice line.
    amountMinor: bigint({ mode: 'number' }).notNull(),
    currency: char({ length: 3 }).notNull(),
    taxClass: text().notNull(),
    staffUserId: text().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index('one_off_charges_subscription_id_idx').on(t.subscriptionId),
    uniqueIndex('one_off_charges_invoice_id_key').on(t.invoiceId),
    check('one_off_charges_amount_check', sql`${t.amountMinor} > 0`),
  ],
);

export type OneOffCharge = typeof oneOffCharges.$inferSelect;
