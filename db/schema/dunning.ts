import { sql } from 'drizzle-orm';
import { boolean, check, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { dunningAction } from './enums';

/** A reminder process: what happens after an invoice's due date, step by step. */
export const dunningPlans = pgTable('dunning_plans', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  // Non-payment suspends straight away instead of reminding first.
  suspendInsteadOfRemind: boolean().notNull().default(false),
  // Days after termination before the subscription is definitively ended.
  endAfterDays: integer().notNull().default(30),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const dunningSteps = pgTable(
  'dunning_steps',
  {
    id: uuid().primaryKey().defaultRandom(),
    dunningPlanId: uuid()
      .notNull()
      .references(() => dunningPlans.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    daysAfterDue: integer().notNull(),
    action: dunningAction().notNull(),
    // Fee this step adds, per currency, in minor units: { "EUR": 500, "NOK": 7000 }.
    fees: jsonb().$type<Record<string, number>>().notNull().default({}),
  },
  (t) => [
    uniqueIndex('dunning_steps_plan_position_key').on(t.dunningPlanId, t.position),
    check('dunning_steps_days_check', sql`${t.daysAfterDue} >= 0`),
  ],
);

export type DunningPlanRow = typeof dunningPlans.$inferSelect;
export type DunningStepRow = typeof dunningSteps.$inferSelect;
