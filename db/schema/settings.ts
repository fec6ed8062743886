import { sql } from 'drizzle-orm';
import { boolean, char, check, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { coupons } from './coupons';

/** The shop's settings: a single row (id = 1). */
export const shopSettings = pgTable(
  'shop_settings',
  {
    id: integer().primaryKey().default(1),
    name: text().notNull(),
    supportEmail: text().notNull(),
    defaultCurrency: char({ length: 3 }).notNull(),
    timeZone: text().notNull(),
    invoiceSeriesId: text().notNull().default('invoice'),
    // Days between issue and due date.
    paymentTermsDays: integer().notNull().default(14),
    requirePassword: boolean().notNull().default(true),
    enabledPaymentMethods: text().array().notNull(),
    // Customers may stop their subscriptions at the end of the term on Min Side (each customer
    // also has customers.canCancel).
    customersCanStop: boolean().notNull().default(true),
    // Customers may also stop at once on Min Side, the unused part of the paid term credited
    // (each customer also has customers.can_stop_now). Off unless the merchant turns it on.
    customersCanStopNow: boolean().notNull().default(false),
    // Inside a commitment a stop at once is refused ('none'), or allowed for an early-exit fee:
    // a fixed amount per currency (early_exit_fee_amounts, minor units, VAT included), or what
    // the rest of the commitment would have cost ('rest_of_commitment').
    earlyExitFee: text().$type<'none' | 'fixed' | 'rest_of_commitment'>().notNull().default('none'),
    earlyExitFeeAmounts: jsonb().$type<Record<string, number>>().notNull().default({}),
    // Customers may pause (for up to max_pause_terms terms, or until resumed) and resume on Min
    // Side; each customer also has customers.can_pause.
    customersCanPause: boolean().notNull().default(true),
    maxPauseTerms: integer().notNull().default(12),
    // Offered to a customer who chooses to stop (with a pause, where allowed): applied to the
    // subscription's next invoices if they accept. Null: no coupon offered.
    retentionCouponId: uuid().references(() => coupons.id, { onDelete: 'set null' }),
    // Customers may change plan, interval or quantity on Min Side (each customer also has
    // customers.canChangePlan).
    customersCanChangePlan: boolean().notNull().default(true),
    // Days an e-mailed pay link works, from when it was issued (a paid or voided invoice's link
    // never works); an expired link offers to e-mail a fresh one.
    payLinkValidDays: integer().notNull().default(60),
    // Registered for the One-Stop Shop (EU) or the non-Union OSS (Norway): consumers in other EU
    // countries are charged their country's VAT on digital services and distance sales.
    vatOssRegistered: boolean().notNull().default(false),
    // Catalog prices (plans, products, shipping) include VAT (true: what a consumer is shown is
    // what they pay) or are net prices VAT is added to (false: what businesses expect).
    pricesIncludeVat: boolean().notNull().default(true),
    // Pay by invoice (bank_transfer among enabledPaymentMethods): 'order' starts the subscription
    // when the order is placed and e-mails the first invoice; 'payment' starts it when the money
    // for that invoice arrives (registered by hand or matched from a bank file).
    invoiceAccess: text({ enum: ['order', 'payment'] }).notNull().default('order'),
    // Optional credit check for pay-by-invoice orders: POSTed a summary of the order and the
    // customer, it answers allow, allow_after_payment or refuse. Null: no check.
    creditCheckUrl: text(),
    creditCheckTimeoutMs: integer().notNull().default(3000),
    // What applies when the check times out, fails or answers something unreadable.
    creditCheckFallback: text({ enum: ['allow', 'allow_after_payment', 'refuse'] }).notNull().default('allow_after_payment'),
  },
  (t) => [
    check('shop_settings_singleton_check', sql`${t.id} = 1`),
    check('shop_settings_max_pause_terms_check', sql`${t.maxPauseTerms} between 1 and 36`),
    check('shop_settings_early_exit_fee_check', sql`${t.earlyExitFee} in ('none', 'fixed', 'rest_of_commitment')`),
    check('shop_settings_pay_link_valid_days_check', sql`${t.payLinkValidDays} between 1 and 366`),
    check('shop_settings_invoice_access_check', sql`${t.invoiceAccess} in ('order', 'payment')`),
    check('shop_settings_credit_check_timeout_ms_check', sql`${t.creditCheckTimeoutMs} between 500 and 30000`),
    check('shop_settings_credit_check_fallback_check', sql`${t.creditCheckFallback} in ('allow', 'allow_after_payment', 'refuse')`),
  ],
);

export type ShopSettings = typeof shopSettings.$inferSelect;
