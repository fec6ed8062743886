import { sql } from 'drizzle-orm';
import { bigint, char, check, index, pgEnum, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { mrrMovementKinds } from '../../lib/billing/metrics/movement-kinds';
import { customers } from './customers';
import { subscriptions } from './subscriptions';

export const mrrMovementKind = pgEnum('mrr_movement_kind', mrrMovementKinds);

/**
 * The ledger of MRR: one row per change of a subscription's monthly recurring value, written in
 * the transaction of the change (recordMrrMovement). The MRR at a date is the sum of the deltas
 * before it, so one month's movements lead exactly from its opening MRR to the next month's.
 *
 * NOTE: `id` orders a subscription's rows as they were written: the last row's `mrr_after_minor`
 * is the value the ledger holds for it, which the next change is measured against.
 */
export const mrrMovements = pgTable(
  'mrr_movements',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    subscriptionId: uuid()
      .notNull()
      .references(() => subscriptions.id, { onDelete: 'cascade' }),
    // The subscription's customer, so that the dashboard's clock scope needs no join through it.
    customerId: uuid()
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    currency: char({ length: 3 }).notNull(),
    kind: mrrMovementKind().notNull(),
    // The change of MRR in minor units: positive for new, expansion and reactivation.
    deltaMinor: bigint({ mode: 'number' }).notNull(),
    // The subscription's MRR after this movement.
    mrrAfterMinor: bigint({ mode: 'number' }).notNull(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('mrr_movements_subscription_id_idx').on(t.subscriptionId, t.id),
    index('mrr_movements_occurred_at_idx').on(t.occurredAt),
    check('mrr_movements_delta_check', sql`${t.deltaMinor} <> 0 and ${t.mrrAfterMinor} >= 0`),
    check(
      'mrr_movements_sign_check',
      sql`(${t.kind} in ('new', 'expansion', 'reactivation')) = (${t.deltaMinor} > 0)`,
    ),
  ],
);

export type MrrMovement = typeof mrrMovements.$inferSelect;
export type NewMrrMovement = typeof mrrMovements.$inferInsert;

/**
 * Each subscription's MRR through time, read off its ledger: from `from_at` (a movement's
 * occurred_at) to `to_at` (the next one's; null: it still holds) it is `amount_minor`, the sum of
 * its movements in `currency` up to and including `from_at`. So the MRR a month's end holds for a
 * subscription (the sum of its movements before the end) is the amount of its span with
 * `from_at < end <= to_at`. Kept by statement-level triggers on mrr_movements, in the transaction
 * of every write, which rebuild the spans of each subscription the statement touched from its
 * whole ledger (migration 0045_mrr_spans); the metrics drill-down reads the month's end here, a
 * page in amount order from an index (list-mrr-subscriptions.ts).
 *
 * NOTE: `customer_id` is that of the subscription's latest movement: a subscription's movements
 * all carry its customer (recordMrrMovement), so its scope is theirs.
 */
export const mrrSpans = pgTable(
  'mrr_spans',
  {
    subscriptionId: uuid()
      .notNull()
      .references(() => subscriptions.id, { onDelete: 'cascade' }),
    customerId: uuid()
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    currency: char({ length: 3 }).notNull(),
    amountMinor: bigint({ mode: 'number' }).notNull(),
    fromAt: timestamp({ withTimezone: true }).notNull(),
    toAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'mrr_spans_pkey', columns: [t.subscriptionId, t.currency, t.fromAt] }),
    // The drill-down's order: largest first, ties by subscription.
    index('mrr_spans_currency_amount_idx').on(t.currency, t.amountMinor.desc(), t.subscriptionId),
  ],
);

export type MrrSpan = typeof mrrSpans.$inferSelect;
