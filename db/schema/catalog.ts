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
import type { TaxClass } from '../../lib/billing/vat/vat-rates';
import { dunningPlans } from './dunning';
import { intervalUnit, productKind } from './enums';

export const products = pgTable(
  'products',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull(),
    name: text().notNull(),
    description: text().notNull().default(''),
    kind: productKind().notNull(),
    // One-off price; null for products sold only through plans.
    unitPriceMinor: bigint({ mode: 'number' }),
    currency: char({ length: 3 }),
    // VAT of the one-off price in basis points (prices include VAT).
    taxRateBp: integer().notNull().default(0),
    // What the product is taxed as (lib/billing/vat): the rate abroad comes from the country's table.
    taxClass: text().$type<TaxClass>().notNull().default('standard'),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('products_slug_key').on(t.slug),
    check('products_unit_price_check', sql`${t.unitPriceMinor} is null or ${t.unitPriceMinor} >= 0`),
  ],
);

export const productVariants = pgTable(
  'product_variants',
  {
    id: uuid().primaryKey().defaultRandom(),
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    sku: text(),
  },
  (t) => [index('product_variants_product_id_idx').on(t.productId)],
);

export const plans = pgTable(
  'plans',
  {
    id: uuid().primaryKey().defaultRandom(),
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: 'restrict' }),
    variantId: uuid().references(() => productVariants.id, { onDelete: 'restrict' }),
    code: text().notNull(),
    name: text().notNull(),
    intervalUnit: intervalUnit().notNull(),
    intervalCount: integer().notNull(),
    priceMinor: bigint({ mode: 'number' }).notNull(),
    currency: char({ length: 3 }).notNull(),
    setupFeeMinor: bigint({ mode: 'number' }).notNull().default(0),
    trialDays: integer().notNull().default(0),
    // Commitment: the customer cannot stop before this many months from the start.
    commitmentMonths: integer(),
    // Spread payment: no invoice after this many terms.
    maxInstalments: integer(),
    // VAT in basis points (2100 = 21 %); prices include VAT (B2C shop prices).
    taxRateBp: integer().notNull().default(0),
    // What the plan is taxed as (lib/billing/vat): the shop's own rate at home, the table's abroad.
    taxClass: text().$type<TaxClass>().notNull().default('standard'),
    // The term timeline: days before a term its announcement and invoice go out,
    // and days after issue the invoice is due.
    announceDaysBefore: integer().notNull().default(14),
    invoiceDaysBefore: integer().notNull().default(7),
    paymentTermsDays: integer().notNull().default(14),
    dunningPlanId: uuid().references(() => dunningPlans.id, { onDelete: 'restrict' }),
    // Campaign: this price for the first `offerTerms` terms, then `nextPlanId` (or this plan's
    // list price when null).
    offerPriceMinor: bigint({ mode: 'number' }),
    offerTerms: integer(),
    nextPlanId: uuid(),
    active: boolean().notNull().default(true),
    position: integer().notNull().default(0),
  },
  (t) => [
    uniqueIndex('plans_code_key').on(t.code),
    index('plans_product_id_idx').on(t.productId),
    check('plans_interval_count_check', sql`${t.intervalCount} > 0`),
    check('plans_price_check', sql`${t.priceMinor} >= 0 and ${t.setupFeeMinor} >= 0`),
    check('plans_trial_days_check', sql`${t.trialDays} >= 0`),
    check('plans_max_instalments_check', sql`${t.maxInstalments} is null or ${t.maxInstalments} > 0`),
    check(
      'plans_timeline_check',
      sql`${t.announceDaysBefore} >= ${t.invoiceDaysBefore} and ${t.invoiceDaysBefore} >= 0 and ${t.paymentTermsDays} >= 0`,
    ),
    check(
      'plans_offer_check',
      sql`(${t.offerPriceMinor} is null) = (${t.offerTerms} is null) and (${t.offerTerms} is null or ${t.offerTerms} > 0)`,
    ),
  ],
);

export const shippingMethods = pgTable('shipping_methods', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  priceMinor: bigint({ mode: 'number' }).notNull(),
  currency: char({ length: 3 }).notNull(),
  taxRateBp: integer().notNull().default(0),
  isDefault: boolean().notNull().default(false),
  active: boolean().notNull().default(true),
});

export type Product = typeof products.$inferSelect;
export type NewProduct = typeof products.$inferInsert;
export type ProductVariant = typeof productVariants.$inferSelect;
export type Plan = typeof plans.$inferSelect;
export type NewPlan = typeof plans.$inferInsert;
export type ShippingMethod = typeof shippingMethods.$inferSelect;
