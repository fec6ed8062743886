import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { plans } from './catalog';
import { invoices } from './invoices';
import { subscriptions } from './subscriptions';

/**
 * Every change of plan, interval or quantity, as it was asked for: an upgrade applied at once
 * (`applied`, with its proration invoice), a change scheduled for the next renewal
 * (`scheduled`), or a scheduled change withdrawn (`canceled`). Rows are only ever added; what is
 * in force is on the subscription.
 *
 * NOTE: the proration invoice has no term (the term's own invoice holds the (subscription, term)
 * key); its key is this row: one invoice per change, never a second renewal invoice.
 */
export const planChanges = pgTable(
  'plan_changes',
  {
    id: uuid().primaryKey().defaultRandom(),
    subscriptionId: uuid()
      .notNull()
      .references(() => subscriptions.id, { onDelete: 'restrict' }),
    kind: text().$type<'applied' | 'scheduled' | 'canceled'>().notNull(),
    // Who asked: the customer on Min Side, or staff.
    actor: text().$type<'customer' | 'staff'>().notNull(),
    fromPlanId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'restrict' }),
    fromQuantity: integer().notNull(),
    toPlanId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'restrict' }),
    toQuantity: integer().notNull(),
    // The first term on the new plan (the running one for an upgrade).
    term: integer().notNull(),
    invoiceId: uuid().references(() => invoices.id, { onDelete: 'restrict' }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index('plan_changes_subscription_id_idx').on(t.subscriptionId),
    uniqueIndex('plan_changes_invoice_id_key').on(t.invoiceId),
  ],
);

export type PlanChange = typeof planChanges.$inferSelect;
