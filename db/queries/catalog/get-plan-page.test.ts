import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { plans, shopSettings } from '@/db/schema';
import { CATALOG_ACTOR, createCatalogProduct, editPlanInput, newPlanInput } from '@/lib/services/catalog/catalog-fixture';
import { savePlan } from '@/lib/services/catalog/save-plan';
import { saveVatSettings } from '@/lib/services/settings/save-vat-settings';
import { getPlanPage } from './get-plan-page';
import { memoizedStorefrontRead } from './storefront-memo';

const pricesOf = (page: Awaited<ReturnType<typeof getPlanPage>>) => page?.plans.map((plan) => plan.priceMinor);

describe('the plan page’s read, kept a few seconds', () => {
  test('a plan saved by the merchant shows on the next visit, not seconds later', async () => {
    const { product } = await createCatalogProduct();
    const input = newPlanInput(product.id, { price: '32.00' });
    const created = await savePlan(input, CATALOG_ACTOR);
    if (!created.ok) throw new Error(created.error.message);
    expect(pricesOf(await getPlanPage(product.slug))).toEqual([3200]);

    await savePlan(editPlanInput(input, created.value.id, { price: '29.50' }), CATALOG_ACTOR);
    expect(pricesOf(await getPlanPage(product.slug))).toEqual([2950]);
  });

  test('the shop’s switch between prices incl. and excl. VAT shows on the next visit', async () => {
    const { product } = await createCatalogProduct();
    const created = await savePlan(newPlanInput(product.id), CATALOG_ACTOR);
    if (!created.ok) throw new Error(created.error.message);
    const before = (await getPlanPage(product.slug))!.pricesIncludeVat;
    const [{ vatOssRegistered }] = await db.select({ vatOssRegistered: shopSettings.vatOssRegistered }).from(shopSettings);
    try {
      await saveVatSettings({ vatOssRegistered, pricesIncludeVat: !before, staffUserId: CATALOG_ACTOR.staffUserId });
      expect((await getPlanPage(product.slug))!.pricesIncludeVat).toBe(!before);
    } finally {
      await saveVatSettings({ vatOssRegistered, pricesIncludeVat: before, staffUserId: CATALOG_ACTOR.staffUserId });
    }
    expect((await getPlanPage(product.slug))!.pricesIncludeVat).toBe(before);
  });

  test('visits in between are answered without the database: a change behind the services’ back waits for the next read', async () => {
    const { product } = await createCatalogProduct();
    const created = await savePlan(newPlanInput(product.id, { price: '32.00' }), CATALOG_ACTOR);
    if (!created.ok) throw new Error(created.error.message);
    expect(pricesOf(await getPlanPage(product.slug))).toEqual([3200]);
    await db.update(plans).set({ priceMinor: 1 }).where(eq(plans.id, created.value.id));
    expect(pricesOf(await getPlanPage(product.slug))).toEqual([3200]);
  });

  test('an unknown product is not kept: it is asked again (and may exist by then)', async () => {
    let reads = 0;
    const read = async () => (++reads === 1 ? null : 'found');
    expect(await memoizedStorefrontRead('test:unknown-then-known', read)).toBeNull();
    expect(await memoizedStorefrontRead('test:unknown-then-known', read)).toBe('found');
    expect(await memoizedStorefrontRead('test:unknown-then-known', read)).toBe('found');
    expect(reads).toBe(2);
  });

  test('a failed read is not kept, and an answer is read again once it is 5 seconds old', async () => {
    let reads = 0;
    const failing = async () => {
      reads++;
      throw new Error('connection lost');
    };
    await expect(memoizedStorefrontRead('test:failing', failing)).rejects.toThrow('connection lost');
    await expect(memoizedStorefrontRead('test:failing', failing)).rejects.toThrow('connection lost');
    expect(reads).toBe(2);

    const at = Date.now();
    let version = 0;
    const read = async () => ++version;
    expect(await memoizedStorefrontRead('test:aging', read, at)).toBe(1);
    expect(await memoizedStorefrontRead('test:aging', read, at + 4_999)).toBe(1);
    expect(await memoizedStorefrontRead('test:aging', read, at + 5_000)).toBe(2);
  });
});
