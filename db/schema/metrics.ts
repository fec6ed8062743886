import { sql } from 'drizzle-orm';
import { bigint, char, check, index, pgEnum, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
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
