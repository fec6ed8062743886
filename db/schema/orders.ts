import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  char,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { plans, products, shippingMethods } from './catalog';
import { coupons } from './coupons';
import { customers } from './customers';
import { orderLineKind, orderStatus, paymentMethodType } from './enums';

export const orders = pgTable(
  'orders',
  {
    id: uuid().primaryKey().defaultRandom(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    // NOTE: one order per checkout: a double click or a resubmitted summary page carries the
    // same token and finds the order already placed.
    checkoutToken: text().notNull(),
    status: orderStatus().notNull().default('pending_payment'),
    currency: char({ length: 3 }).notNull(),
    couponId: uuid().references(() => coupons.id, { onDelete: 'restrict' }),
    shippingMethodId: uuid().references(() => shippingMethods.id, { onDelete: 'restrict' }),
    paymentMethod: paymentMethodType().notNull(),
    // Totals as priced at checkout (minor units, VAT included).
    totalMinor: bigint({ mode: 'number' }).notNull(),
    taxMinor: bigint({ mode: 'number' }).notNull(),
    // The priced lines exactly as the first invoice will carry them.
    pricing: jsonb().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    paidAt: timestamp({ withTimezone: true }),
    // Paid by invoice: when its subscriptions start, as decided when it was placed (the shop's
    // setting and the credit check): 'order' (already started) or 'payment' (when the invoice is
    // paid). Null for an order paid through a provider. A subscription the merchant starts (the
    // API) is 'order': started at once, its first invoice charged or sent.
    invoiceAccess: text({ enum: ['order', 'payment'] }),
  },
  (t) => [
    check('orders_invoice_access_check', sql`${t.invoiceAccess} in ('order', 'payment')`),
    uniqueIndex('orders_checkout_token_key').on(t.checkoutToken),
    index('orders_customer_id_idx').on(t.customerId),
  ],
);

export const orderLines = pgTable(
  'order_lines',
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    kind: orderLineKind().notNull(),
    productId: uuid().references(() => products.id, { onDelete: 'restrict' }),
    planId: uuid().references(() => plans.id, { onDelete: 'restrict' }),
    description: text().notNull(),
    quantity: integer().notNull(),
    unitPriceMinor: bigint({ mode: 'number' }).notNull(),
  },
  (t) => [uniqueIndex('order_lines_order_id_position_key').on(t.orderId, t.position)],
);

export type Order = typeof orders.$inferSelect;
export type NewOrder = typeof orders.$inferInsert;
export type OrderLine = typeof orderLines.$inferSelect;
export type NewOrderLine = typeof orderLines.$inferInsert;
