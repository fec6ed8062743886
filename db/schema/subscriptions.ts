import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  char,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { plans } from './catalog';
import { coupons } from './coupons';
import { customers } from './customers';
import { subscriptionStatus } from './enums';
import { orderLines } from './orders';

export const subscriptions = pgTable(
  'subscriptions',
  {
    id: uuid().primaryKey().defaultRandom(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'restrict' }),
    // NOTE: unique, so that a replayed payment return cannot activate a second subscription.
    orderLineId: uuid().references(() => orderLines.id, { onDelete: 'restrict' }),
    status: subscriptionStatus().notNull(),
    quantity: integer().notNull(),
    currency: char({ length: 3 }).notNull(),
    // Price per term as agreed at order time (VAT included).
    unitPriceMinor: bigint({ mode: 'number' }).notNull(),
    // NOTE: the plan's campaign as it was at checkout: the offer price for the first `offerTerms`
    // terms, then `nextPlanId` (or the list price above when null). Frozen here, so that a
    // merchant editing the plan's offer changes it for new subscribers only.
    offerPriceMinor: bigint({ mode: 'number' }),
    offerTerms: integer(),
    nextPlanId: uuid().references(() => plans.id, { onDelete: 'restrict' }),
    // Periods are computed from the anchor, never from the previous period (ARCHITECTURE.md).
    anchorAt: timestamp({ withTimezone: true }).notNull(),
    // The term that starts at anchor_at: term N runs from anchor + (N - anchorTerm) x interval. 0
    // until a pause moves the timeline (a pause of N terms lowers it by N; a pause ended by hand
    // anchors again at the resume: lib/billing/subscription-pause.ts) or an interval change moves
    // the anchor to the start of the first term on the new interval.
    anchorTerm: integer().notNull().default(0),
    currentTerm: integer().notNull().default(0),
    currentPeriodStart: timestamp({ withTimezone: true }).notNull(),
    currentPeriodEnd: timestamp({ withTimezone: true }).notNull(),
    trialEndsAt: timestamp({ withTimezone: true }),
    commitmentEndsAt: timestamp({ withTimezone: true }),
    couponId: uuid().references(() => coupons.id, { onDelete: 'restrict' }),
    // A change the customer (or staff) scheduled for the next renewal: from term `scheduledTerm`
    // on, the subscription is on `scheduledPlanId` x `scheduledQuantity`. Applied by the engine at
    // that term's start; null when none is scheduled (lib/services/subscriptions/change-plan.ts).
    scheduledPlanId: uuid().references(() => plans.id, { onDelete: 'restrict' }),
    scheduledQuantity: integer(),
    scheduledTerm: integer(),
    cancelAtPeriodEnd: boolean().notNull().default(false),
    // How its invoices are collected: `charge_automatically` on the customer's autopay method
    // when they have one (else sent), or `send_invoice`: sent with a pay link even so (the
    // merchant's choice, by the REST API).
    collection: text({ enum: ['charge_automatically', 'send_invoice'] }).notNull().default('charge_automatically'),
    // Why the customer chose to stop (Min Side): one of STOP_REASONS, an optional note, and when.
    // Kept after an undo, so that the merchant still sees why a customer nearly left.
    stopReason: text(),
    stopReasonNote: text(),
    stopRequestedAt: timestamp({ withTimezone: true }),
    startedAt: timestamp({ withTimezone: true }).notNull(),
    canceledAt: timestamp({ withTimezone: true }),
    endedAt: timestamp({ withTimezone: true }),
    // Coupon uses so far: a `once` coupon used at checkout is not used again at trial end.
    couponUses: integer().notNull().default(0),
    // The engine's cursor: the next renewal action, its term and when it is due. Null: nothing
    // more to do (ended, paused, suspended).
    nextAction: text(),
    nextActionTerm: integer(),
    nextActionAt: timestamp({ withTimezone: true }),
    // The last engine error for this subscription; shown on the dashboard, cleared on success.
    lastError: text(),
    lastErrorAt: timestamp({ withTimezone: true }),
    pausedAt: timestamp({ withTimezone: true }),
    // A pause asked for (customer on Min Side, or staff): it starts at the end of the running term
    // (pause_at_period_end), for pause_terms terms (null: until resumed), ending by itself at
    // pause_resumes_at. resumed_at: the last resume, where the timeline starts again.
    pauseAtPeriodEnd: boolean().notNull().default(false),
    pauseTerms: integer(),
    pauseResumesAt: timestamp({ withTimezone: true }),
    resumedAt: timestamp({ withTimezone: true }),
    suspendedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // NOTE: every engine step rewrites the row with a new next_action_at, so each index here is
    // written again per step. No index on status (a handful of values: the dashboard's counts
    // scan anyway), and partial ones where null is common.
    uniqueIndex('subscriptions_order_line_id_key').on(t.orderLineId).where(sql`${t.orderLineId} is not null`),
    index('subscriptions_customer_id_idx').on(t.customerId),
    // The subscribers list's keyset order (newest first); started_at never changes, so the
    // engine's updates stay HOT.
    index('subscriptions_started_at_id_idx').on(t.startedAt, t.id),
    index('subscriptions_next_action_at_idx').on(t.nextActionAt).where(sql`${t.nextActionAt} is not null`),
    // The "ending soon" list (list-subscribers.ts), one index per way a subscription ends: its
    // commitment, a stop at the term's end, the last instalment of its plan.
    index('subscriptions_commitment_ends_at_idx').on(t.commitmentEndsAt).where(sql`${t.commitmentEndsAt} is not null`),
    index('subscriptions_stopping_period_end_idx').on(t.currentPeriodEnd).where(sql`${t.cancelAtPeriodEnd}`),
    index('subscriptions_plan_id_term_idx').on(t.planId, t.currentTerm),
    // The engine errors list's order (list-engine-errors.ts), over the few that failed.
    index('subscriptions_last_error_at_id_idx')
      .on(sql`coalesce(last_error_at, '-infinity'::timestamptz)`, t.id)
      .where(sql`${t.lastError} is not null`),
    check('subscriptions_quantity_check', sql`${t.quantity} > 0`),
    check('subscriptions_collection_check', sql`${t.collection} in ('charge_automatically', 'send_invoice')`),
    check('subscriptions_pause_terms_check', sql`${t.pauseTerms} is null or ${t.pauseTerms} > 0`),
    check(
      'subscriptions_scheduled_change_check',
      sql`(${t.scheduledPlanId} is null) = (${t.scheduledTerm} is null) and (${t.scheduledPlanId} is null) = (${t.scheduledQuantity} is null) and (${t.scheduledQuantity} is null or ${t.scheduledQuantity} > 0)`,
    ),
    check(
      'subscriptions_offer_check',
      sql`(${t.offerPriceMinor} is null) = (${t.offerTerms} is null) and (${t.offerTerms} is null or ${t.offerTerms} > 0)`,
    ),
  ],
);

export type Subscription = typeof subscriptions.$inferSelect;
export type NewSubscription = typeof subscriptions.$inferInsert;
