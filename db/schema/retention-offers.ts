import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { coupons } from './coupons';
import { customers } from './customers';
import { subscriptions } from './subscriptions';

/**
 * What a customer who chose to stop on Min Side was offered instead (`pause`, `coupon`), and what
 * they did: `pause` or `coupon` accepted, or `stop` (declined, and stopped). One row per answer,
 * for the merchant to read (dashboard settings → retention).
 */
export const retentionOffers = pgTable(
  'retention_offers',
  {
    id: uuid().primaryKey().defaultRandom(),
    subscriptionId: uuid()
      .notNull()
      .references(() => subscriptions.id, { onDelete: 'cascade' }),
    customerId: uuid()
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    offered: text().array().notNull(),
    couponId: uuid().references(() => coupons.id, { onDelete: 'set null' }),
    outcome: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('retention_offers_subscription_id_idx').on(t.subscriptionId), index('retention_offers_created_at_idx').on(t.createdAt)],
);

export type RetentionOffer = typeof retentionOffers.$inferSelect;
