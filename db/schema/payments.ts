import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  char,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { customers } from './customers';
import { paymentFailureKind, paymentMethodType, paymentSource, paymentStatus } from './enums';
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
    source: paymentSource().notNull().default('checkout'),
    // Whether a mandate this payment leaves becomes the customer's autopay method. A pay-link
    // payment saves it only when the payer ticked "use for future payments".
    saveMandate: boolean().notNull().default(true),
    failureReason: text(),
    failureKind: paymentFailureKind(),
    // An autopay attempt is not charged before this moment (a retry waits out its backoff).
    chargeAt: timestamp({ withTimezone: true }),
    // The bank's own id of the transaction (bank file), or what the merchant noted (manual).
    reference: text(),
    note: text(),
    // The staff user who registered a manual payment.
    recordedBy: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    settledAt: timestamp({ withTimezone: true }),
    // When a paid payment was reversed (a bounced debit, a chargeback): the provider's date of
    // the chargeback when it tells one, else when we learnt of it.
    reversedAt: timestamp({ withTimezone: true }),
    // The reversal's reason code as the provider or bank gave it (SEPA MD06, AM04...; a card
    // scheme's code), and the fee the provider charges the merchant for it, when it reports one.
    // NOTE: the fee is the merchant's cost, shown to staff; it is never added to what the customer owes.
    reversalCode: text(),
    chargebackFeeMinor: bigint({ mode: 'number' }),
    // When we asked the provider to create this payment (a checkout or a charge). Written and
    // committed before the call: a pending row with this set and no providerPaymentId is in doubt
    // (the call timed out or the process died), and is looked up at the provider by its key
    // before anything cancels or retries it.
    providerRequestedAt: timestamp({ withTimezone: true }),
    // When the sweep last asked the provider about this pending payment (it asks again only
    // after STALE_PAYMENT_AFTER_MS, so an open checkout is not polled every minute).
    providerCheckedAt: timestamp({ withTimezone: true }),
    // The country of the card that paid (its issuing country, ISO 3166 alpha-2), as the provider
    // told it when the payment succeeded: one piece of OSS evidence of where a consumer is.
    cardCountry: char({ length: 2 }),
    // A SEPA debit from an IBAN the payer gave on our page: the account, masked ("NL91 •••• 4300"),
    // written with the attempt so the saved method names it whenever the debit settles (at once,
    // by webhook days later, or by the sweep). The provider keeps the full IBAN.
    accountMasked: text(),
  },
  (t) => [
    uniqueIndex('payments_provider_payment_id_key').on(t.provider, t.providerPaymentId),
    uniqueIndex('payments_order_attempt_key').on(t.orderId, t.attempt),
    // NOTE: one charge attempt per (invoice, attempt); its id is the provider idempotency key.
    uniqueIndex('payments_invoice_attempt_key').on(t.invoiceId, t.attempt),
    index('payments_customer_id_idx').on(t.customerId),
    index('payments_invoice_id_idx').on(t.invoiceId),
    // The pending autopay attempts the sweep picks up, by when they may be charged.
    index('payments_pending_charge_idx').on(t.chargeAt).where(sql`${t.status} = 'pending' and ${t.source} = 'autopay'`),
    index('payments_settled_at_idx').on(t.settledAt),
    // The payments list: keyset order (latest settled first) and search by the bank's or provider's reference.
    index('payments_settled_at_id_idx').on(t.settledAt, t.id),
    index('payments_reference_trgm_idx').using('gin', t.reference.op('gin_trgm_ops')),
    index('payments_provider_payment_id_trgm_idx').using('gin', t.providerPaymentId.op('gin_trgm_ops')),
    // The pending provider payments the sweep asks about when no webhook settled them.
    index('payments_pending_provider_idx').on(t.createdAt).where(sql`${t.status} = 'pending' and ${t.provider} <> 'none'`),
    // The abandoned checkouts list, newest first and paged by (created_at, id): only the pending
    // checkout payments are in it, so the index stays as small as that list.
    index('payments_pending_checkout_created_at_id_idx').on(t.createdAt, t.id).where(sql`${t.status} = 'pending' and ${t.source} = 'checkout'`),
  ],
);

/**
 * A webhook that named a provider payment we had not stored yet: it arrived before the
 * transaction that keeps the provider's id on our payment row committed. Kept, and applied when
 * the row appears (right after that commit, or by the sweep); ids never matched are dropped
 * after a day (another system's payment on the same account, or a forged id).
 */
export const earlyProviderEvents = pgTable(
  'early_provider_events',
  {
    provider: text().notNull(),
    providerPaymentId: text().notNull(),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerPaymentId] }), index('early_provider_events_received_at_idx').on(t.receivedAt)],
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
    // The provider's own customer, reused for the next checkout that asks for a mandate.
    providerCustomerId: text(),
    isDefault: boolean().notNull().default(false),
    // What the provider told us about the method, for Min Side: a card's brand, last four digits
    // and expiry; a debit mandate's masked IBAN. Null when unknown (methods saved by a checkout).
    brand: text(),
    last4: text(),
    expiryMonth: integer(),
    expiryYear: integer(),
    ibanMasked: text(),
    // When the "your card expires soon" e-mail was queued for this card (once per card).
    expiryNoticeAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('payment_methods_customer_id_idx').on(t.customerId),
    // The cards the billing sweep looks at for the expiry notice.
    index('payment_methods_expiry_idx').on(t.expiryYear, t.expiryMonth).where(sql`${t.expiryNoticeAt} is null`),
    uniqueIndex('payment_methods_provider_mandate_key').on(t.provider, t.mandateRef),
  ],
);

/**
 * A customer adding a payment method on Min Side through the provider's hosted setup flow (no
 * money, or a minimal first payment). The return route reads the outcome from the provider and
 * stores the method once; `invoiceId` is the open invoice the customer came to pay after a failed
 * charge, offered for payment with the new method afterwards.
 */
export const paymentMethodSetups = pgTable(
  'payment_method_setups',
  {
    id: uuid().primaryKey().defaultRandom(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    provider: text().notNull(),
    providerSetupId: text(),
    // What the customer chose to add.
    method: paymentMethodType().notNull(),
    status: text().$type<'open' | 'completed' | 'failed' | 'canceled'>().notNull().default('open'),
    invoiceId: uuid().references(() => invoices.id, { onDelete: 'set null' }),
    paymentMethodId: uuid().references(() => paymentMethods.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('payment_method_setups_provider_setup_key').on(t.provider, t.providerSetupId),
    index('payment_method_setups_customer_id_idx').on(t.customerId),
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
  status: text().$type<'open' | 'pending' | 'paid' | 'failed' | 'canceled' | 'charged_back'>().notNull().default('open'),
  failureReason: text(),
  failureKind: text().$type<'temporary' | 'permanent'>(),
  // checkout: the payer acts on the hosted page; charge: off-session on a mandate; refund: money
  // sent back for the payment `refundOf`; setup: the payer saves a method (no money).
  kind: text().$type<'checkout' | 'charge' | 'refund' | 'setup'>().notNull().default('checkout'),
  refundOf: text(),
  // The mandate a paid checkout created, or the one a charge used.
  mandateRef: text(),
  method: text(),
  refundedMinor: bigint({ mode: 'number' }).notNull().default(0),
  // The country of the test card: the payer's billing country the checkout named (card checkouts).
  cardCountry: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  completedAt: timestamp({ withTimezone: true }),
  // When a paid payment was charged back (from the sandbox dashboard), for its list of chargebacks.
  chargedBackAt: timestamp({ withTimezone: true }),
});

export type Payment = typeof payments.$inferSelect;
export type NewPayment = typeof payments.$inferInsert;
export type PaymentMethod = typeof paymentMethods.$inferSelect;
export type PaymentMethodSetup = typeof paymentMethodSetups.$inferSelect;
export type TestProviderPayment = typeof testProviderPayments.$inferSelect;
