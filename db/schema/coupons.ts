import { sql } from 'drizzle-orm';
import { bigint, boolean, char, check, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { couponDuration, couponKind } from './enums';

export const coupons = pgTable(
  'coupons',
  {
    id: uuid().primaryKey().defaultRandom(),
    // Stored upper-case; customers type codes in any case.
    code: text().notNull(),
    kind: couponKind().notNull(),
    percentOff: integer(),
    amountOffMinor: bigint({ mode: 'number' }),
    currency: char({ length: 3 }),
    duration: couponDuration().notNull().default('once'),
    durationTerms: integer(),
    // Null: every plan. Otherwise the plan ids it applies to.
    planIds: text().array(),
    validFrom: timestamp({ withTimezone: true }),
    validUntil: timestamp({ withTimezone: true }),
    // Orders that may use the code in all; counted when an order is placed (a canceled order
    // gives its use back), under a lock on this row.
    maxRedemptions: integer(),
    timesRedeemed: integer().notNull().default(0),
    // Orders one customer may place with the code (1: once per customer); null: no limit.
    maxRedemptionsPerCustomer: integer(),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('coupons_code_key').on(t.code),
    check('coupons_max_per_customer_check', sql`${t.maxRedemptionsPerCustomer} is null or ${t.maxRedemptionsPerCustomer} > 0`),
    check(
      'coupons_amount_check',
      sql`(${t.kind} = 'percent' and ${t.percentOff} between 1 and 100) or (${t.kind} = 'fixed' and ${t.amountOffMinor} > 0 and ${t.currency} is not null)`,
    ),
  ],
);

export type Coupon = typeof coupons.$inferSelect;
export type NewCoupon = typeof coupons.$inferInsert;
