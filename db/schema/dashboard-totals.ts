import { sql } from 'drizzle-orm';
import { bigint, char, check, date, index, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { customers } from './customers';

/**
 * The dashboard's sums per UTC day, so that its figures over months read a few hundred rows
 * instead of the whole history: what was invoiced, what was received, and the MRR ledger's
 * movements by kind, per currency and clock scope (`test_clock_id`, null for real time).
 *
 * NOTE: append-only deltas, written by database triggers in the transaction of every write to
 * invoices, payments and mrr_movements (migration 0042): one row per day, currency and figure a
 * statement changed (an update of invoices or payments, an inserted payment: one per row whose
 * contribution changed, migration 0049), never an UPDATE of a shared row, so parallel bill-run
 * transactions do not wait on each other. A figure is the sum of its rows; `compactDashboardTotals` folds them.
 * NOTE: UTC days, not the shop's months: the shop may change its time zone, and a month in any
 * zone is whole UTC days plus at most a day at each end, which the reads take from the rows.
 */
export const dashboardTotals = pgTable(
  'dashboard_totals',
  {
    day: date({ mode: 'string' }).notNull(),
    testClockId: uuid(),
    currency: char({ length: 3 }).notNull(),
    // 'invoiced', 'received', 'mrr_' and a movement kind, or 'subscribers' (customers with MRR, from mrr_crossings).
    figure: text().notNull(),
    amountMinor: bigint({ mode: 'number' }).notNull(),
    count: bigint({ mode: 'number' }).notNull(),
  },
  (t) => [
    index('dashboard_totals_scope_day_idx').on(t.testClockId, t.day),
    check('dashboard_totals_figure_check', sql`${t.figure} in ('invoiced', 'received', 'mrr_new', 'mrr_expansion', 'mrr_contraction', 'mrr_churn', 'mrr_reactivation', 'subscribers')`),
  ],
);

/**
 * When the sign of a customer's MRR in a currency changed: the instants at which the sum of its
 * mrr_movements before them goes from `fromSign` to `toSign` (1: some MRR, 0: none; -1 only while
 * movements written out of time order leave a sum below zero), derived from the ledger by a trigger
 * (migration 0042) whenever the customer's movements change. The subscribers at an instant are the
 * customers whose last crossing before it ends at 1 (their count kept per day in dashboard_totals as
 * 'subscribers'); a customer churned in a month when its first crossing in it starts at 1 and its
 * last ends at 0.
 */
export const mrrCrossings = pgTable(
  'mrr_crossings',
  {
    customerId: uuid()
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    currency: char({ length: 3 }).notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
    fromSign: smallint().notNull(),
    toSign: smallint().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.currency, t.at] }),
    index('mrr_crossings_at_idx').on(t.at),
    // The crossings to none: where a month's churned customers are looked for (few of all crossings).
    index('mrr_crossings_to_none_at_idx').on(t.at).where(sql`${t.toSign} = 0`),
    check('mrr_crossings_signs_check', sql`${t.fromSign} in (-1, 0, 1) and ${t.toSign} in (-1, 0, 1) and ${t.fromSign} <> ${t.toSign}`),
  ],
);
