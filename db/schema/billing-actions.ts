import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The engine's log: one row per (subscription, term, action) that has been applied.
 *
 * NOTE: the unique key is what makes every engine effect happen once, whichever driver runs it
 * (Inngest step retried, duplicated event, two sweeps at once): the effect and this row commit
 * together, and a second attempt finds the row and changes nothing.
 *
 * NOTE: the key is the primary key and the only index, and there is no foreign key to
 * subscriptions: a bill run writes three of these rows per subscription, and the row is always
 * written under that subscription's row lock, in its transaction. A surrogate id, an index on
 * applied_at and the foreign-key check cost two thirds of the insert (measured: 60,000 rows in
 * 675 ms with them, 137 ms without) and guarded nothing the lock does not.
 *
 * NOTE: the one index besides the key serves the dashboard's engine log, newest first: applied_at
 * and the key folded into a uuid (`billingActionKey`), the tie-breaker the keyset paging needs, so
 * a page is an index range scan at any depth.
 */
export const billingActions = pgTable(
  'billing_actions',
  {
    subscriptionId: uuid().notNull(),
    term: integer().notNull(),
    // announce | invoice | issue | dunning:<position> | end
    action: text().notNull(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    appliedAt: timestamp({ withTimezone: true }).notNull(),
    result: jsonb(),
    // NOTE: the step's e-mail (the term announcement) is still to be composed. The logged step is
    // itself the record that the message is owed: no second row per message, and the flag is
    // cleared in the transaction that puts the message in the outbox.
    mailPending: boolean().notNull().default(false),
  },
  (t) => [
    primaryKey({ name: 'billing_actions_pkey', columns: [t.subscriptionId, t.term, t.action] }),
    index('billing_actions_mail_pending_idx').on(t.appliedAt).where(sql`${t.mailPending}`),
    index('billing_actions_applied_at_key_idx').on(t.appliedAt, sql`(md5(subscription_id::text || ':' || term::text || ':' || action)::uuid)`),
  ],
);

export type BillingAction = typeof billingActions.$inferSelect;

/**
 * A log row's key (subscription, term, action) as one uuid: the engine log's tie-breaker, the
 * same expression as in `billing_actions_applied_at_key_idx`, so the index serves its order.
 */
export const billingActionKey = sql<string>`(md5(${billingActions.subscriptionId}::text || ':' || ${billingActions.term}::text || ':' || ${billingActions.action})::uuid)`;
