import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { subscriptions } from './subscriptions';

/**
 * The engine's log: one row per (subscription, term, action) that has been applied.
 *
 * NOTE: the unique key is what makes every engine effect happen once, whichever driver runs it
 * (Inngest step retried, duplicated event, two sweeps at once): the effect and this row commit
 * together, and a second attempt finds the row and changes nothing.
 */
export const billingActions = pgTable(
  'billing_actions',
  {
    id: uuid().primaryKey().defaultRandom(),
    subscriptionId: uuid()
      .notNull()
      .references(() => subscriptions.id, { onDelete: 'cascade' }),
    term: integer().notNull(),
    // announce | invoice | issue | dunning:<position> | end
    action: text().notNull(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    appliedAt: timestamp({ withTimezone: true }).notNull(),
    result: jsonb(),
  },
  (t) => [
    uniqueIndex('billing_actions_subscription_term_action_key').on(t.subscriptionId, t.term, t.action),
    index('billing_actions_applied_at_idx').on(t.appliedAt),
  ],
);

export type BillingAction = typeof billingActions.$inferSelect;
