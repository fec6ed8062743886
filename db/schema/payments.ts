import {
  bigint,
  boolean,
  char,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { customers } from './customers';
import { paymentMethodType, paymentStatus } from './enums';
import { invoices } from './invoices';
import { orders } from './orders';

export const payments = pgTable(
  'payments',
  {
    id: uuid().primaryKey().defaultRandom(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    orderId: uuid().references(() => orders.id, { onDelete: 'restrict' }),
    invoiceId: uuid().references(() => invoices.id, { onDelete: 'restrict' }),
    // Attempt number per order: one checkout attempt per row.
    attempt: integer().notNull().default(1),
    provider: text().notNull(),
    providerPaymentId: text(),
    // Where the payer completes this attempt (the provider's hosted page).
    checkoutUrl: text(),
    method: paymentMethodType().notNull(),
    amountMinor: bigint({ mode: 'number' }).notNull(),
    currency: char({ length: 3 }).notNull(),
    status: paymentStatus().notNull().default('pending'),
    failureReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    settledAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('payments_provider_payment_id_key').on(t.provider, t.providerPaymentId),
    uniqueIndex('payments_order_attempt_key').on(t.orderId, t.attempt),
    // NOTE: one charge attempt per (invoice, attempt); its id is the provider idempotency key.
    uniqueIndex('payments_invoice_attempt_key').on(t.invoiceId, t.attempt),
    index('payments_customer_id_idx').on(t.customerId),
  ],
);

export const paymentMethods = pgTable(
  'payment_methods',
  {
    id: uuid().primaryKey().defaultRandom(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    provider: text().notNull(),
    type: paymentMethodType().notNull(),
    label: text().notNull(),
    // Provider mandate or stored-card reference for off-session charges.
    mandateRef: text(),
    isDefault: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('payment_methods_customer_id_idx').on(t.customerId),
    uniqueIndex('payment_methods_provider_mandate_key').on(t.provider, t.mandateRef),
  ],
);

/**
 * The test provider's own ledger: what a real provider would keep on its side. Our code reads it
 * only through the provider interface, as it would read Mollie's or Stripe's API.
 */
export const testProviderPayments = pgTable('test_provider_payments', {
  id: text().primaryKey(),
  amountMinor: bigint({ mode: 'number' }).notNull(),
  currency: char({ length: 3 }).notNull(),
  description: text().notNull(),
  returnUrl: text().notNull(),
  status: text().$type<'open' | 'paid' | 'failed' | 'canceled'>().notNull().default('open'),
  failureReason: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  completedAt: timestamp({ withTimezone: true }),
});

export type Payment = typeof payments.$inferSelect;
export type NewPayment = typeof payments.$inferInsert;
export type PaymentMethod = typeof paymentMethods.$inferSelect;
export type TestProviderPayment = typeof testProviderPayments.$inferSelect;
