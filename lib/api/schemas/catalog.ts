import { z } from 'zod';
import { currency, listOf, listQuery, minor, nullableTimestamp, timestamp } from './common';

export const Product = z
  .object({
    id: z.uuid(),
    object: z.literal('product'),
    name: z.string(),
    slug: z.string(),
    description: z.string(),
    kind: z.enum(['digital', 'download', 'service', 'physical']),
    active: z.boolean(),
    created_at: timestamp,
  })
  .meta({ id: 'Product' });

export const Plan = z
  .object({
    id: z.uuid(),
    object: z.literal('plan'),
    product: z.uuid(),
    code: z.string(),
    name: z.string(),
    interval: z.enum(['day', 'week', 'month', 'year']),
    interval_count: z.int(),
    currency,
    amount: minor('Price per term, VAT included'),
    setup_fee: minor('One-time fee on the first invoice'),
    trial_days: z.int(),
    commitment_months: z.int().nullable(),
    tax_rate_bp: z.int().meta({ description: 'VAT rate in basis points (2100 = 21%).' }),
    active: z.boolean(),
  })
  .meta({ id: 'Plan' });

export const Coupon = z
  .object({
    id: z.uuid(),
    object: z.literal('coupon'),
    code: z.string(),
    kind: z.enum(['percent', 'fixed']),
    percent_off: z.int().nullable(),
    amount_off: z.int().nullable().meta({ description: 'In minor units, for a fixed coupon.' }),
    currency: z.string().nullable(),
    duration: z.enum(['once', 'repeating', 'forever']),
    duration_terms: z.int().nullable(),
    valid_from: nullableTimestamp,
    valid_until: nullableTimestamp,
    max_redemptions: z.int().nullable(),
    times_redeemed: z.int(),
    active: z.boolean(),
    created_at: timestamp,
  })
  .meta({ id: 'Coupon' });

export const ProductList = listOf(Product, 'ProductList');
export const PlanList = listOf(Plan, 'PlanList');
export const CouponList = listOf(Coupon, 'CouponList');

export const ProductListQuery = z.object({ limit: listQuery.limit, starting_after: listQuery.starting_after });
export const PlanListQuery = z.object({
  limit: listQuery.limit,
  starting_after: listQuery.starting_after,
  product: z.uuid({ error: 'product is the id of a product.' }).optional().meta({ description: 'Only the plans of this product.' }),
});
export const CouponListQuery = z.object({ ...listQuery });
