import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { randomUUID } from 'node:crypto';
import { db } from '@/db/client';
import { plans, products } from '@/db/schema';
import { listSimulationPlans } from './list-simulation-plans';

const tag = randomUUID().slice(0, 8);
let productId: string;
let inactiveProductId: string;

beforeAll(async () => {
  const [product, inactiveProduct] = await db
    .insert(products)
    .values([
      { slug: `sim-${tag}`, name: `Sim Product ${tag}`, kind: 'digital' },
      { slug: `sim-off-${tag}`, name: `Sim Retired ${tag}`, kind: 'digital', active: false },
    ])
    .returning();
  productId = product!.id;
  inactiveProductId = inactiveProduct!.id;
  const plan = (code: string, over: Partial<typeof plans.$inferInsert> = {}) => ({
    productId,
    code: `sim-${tag}-${code}`,
    name: `Plan ${code}`,
    intervalUnit: 'month' as const,
    intervalCount: 1,
    priceMinor: 1000,
    currency: 'EUR',
    ...over,
  });
  await db.insert(plans).values([
    plan('second', { position: 2, intervalCount: 3, trialDays: 14 }),
    plan('first', { position: 1 }),
    plan('retired', { active: false }),
    plan('of-retired-product', { productId: inactiveProductId }),
  ]);
});

afterAll(async () => {
  await db.delete(plans).where(eq(plans.productId, productId));
  await db.delete(plans).where(eq(plans.productId, inactiveProductId));
  await db.delete(products).where(eq(products.id, productId));
  await db.delete(products).where(eq(products.id, inactiveProductId));
});

describe('listSimulationPlans', () => {
  test('active plans of active products only, with the product name, in catalog order', async () => {
    const mine = (await listSimulationPlans()).filter((p) => p.code.startsWith(`sim-${tag}`));
    expect(mine.map((p) => p.code)).toEqual([`sim-${tag}-first`, `sim-${tag}-second`]);
    expect(mine[1]).toEqual({
      id: expect.any(String),
      code: `sim-${tag}-second`,
      productName: `Sim Product ${tag}`,
      planName: 'Plan second',
      priceMinor: 1000,
      currency: 'EUR',
      intervalUnit: 'month',
      intervalCount: 3,
      trialDays: 14,
    });
  });

  test('includes the seeded Trendhouse plans', async () => {
    const codes = (await listSimulationPlans()).map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['trendhouse-monthly', 'trendhouse-quarterly', 'trendhouse-yearly']));
  });
});
