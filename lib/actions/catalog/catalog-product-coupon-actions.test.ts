import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Viewer } from '@/lib/auth/viewer';
import { couponRowByCode, createCatalogProduct, newPlanInput, productRow, variantRows, CATALOG_ACTOR } from '@/lib/services/catalog/catalog-fixture';
import { savePlan } from '@/lib/services/catalog/save-plan';

// The session is what these tests vary; Next's request-bound helpers are stubbed.
const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock('@/lib/auth/viewer', () => ({
  getViewer: async () => viewer.current,
  isMerchant: (v: Viewer | null) => v?.role === 'owner' || v?.role === 'admin',
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { url });
  },
}));

const { saveProductAction } = await import('./save-product-action');
const { saveCouponAction } = await import('./save-coupon-action');

const OWNER: Viewer = { userId: 'u1', email: 'merchant@example.com', role: 'owner', customerId: null };
const CUSTOMER: Viewer = { userId: 'u2', email: 'customer@example.com', role: 'customer', customerId: 'c2' };
const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const one of [value].flat()) data.append(key, one);
  return data;
};
const uniqueCode = () => `ACT-${crypto.randomUUID().slice(0, 8).toUpperCase()}`;

beforeEach(() => {
  viewer.current = OWNER;
});

describe('saveProductAction', () => {
  test('a customer is refused and nothing is written', async () => {
    viewer.current = CUSTOMER;
    const slug = `act-${crypto.randomUUID().slice(0, 8)}`;
    const state = await saveProductAction({}, form({ name: 'Sneaky', slug, kind: 'digital' }));
    expect(state).toEqual({ error: 'Only the shop’s staff can change the catalog. Sign in again.' });
  });

  test('a new variable product from the form: blank rows ignored, its page opens', async () => {
    const slug = `act-${crypto.randomUUID().slice(0, 8)}`;
    const fields = { name: 'Gazette', slug: slug.toUpperCase(), kind: 'physical', active: 'on', 'variants.0.name': 'Print', 'variants.1.name': '', 'variants.2.name': 'Digital' };
    const redirect = await saveProductAction({}, form(fields)).catch((e: { url: string }) => e);
    expect(redirect).toMatchObject({ url: expect.stringMatching(/^\/dashboard\/catalog\/products\/[0-9a-f-]{36}$/) });
    const id = (redirect as { url: string }).url.split('/').pop()!;
    expect(await productRow(id)).toMatchObject({ slug, kind: 'physical', active: true });
    expect((await variantRows(id)).map((v) => v.name)).toEqual(['Digital', 'Print']);
  });

  test('a bad address is answered beside its field, with what was typed', async () => {
    const fields = { name: 'Gazette', slug: 'not an address', kind: 'digital', 'variants.0.name': 'Print' };
    const state = await saveProductAction({}, form(fields));
    expect(state.fieldErrors).toEqual({ slug: expect.stringContaining('lower-case letters, digits and single dashes') });
    expect(state.values).toMatchObject({ slug: 'not an address', 'variants.0.name': 'Print' });
  });
});

describe('saveCouponAction', () => {
  test('a customer is refused and nothing is written', async () => {
    viewer.current = CUSTOMER;
    const code = uniqueCode();
    expect(await saveCouponAction({}, form({ code, kind: 'percent', percentOff: '100', duration: 'forever' }))).toEqual({
      error: 'Only the shop’s staff can change the catalog. Sign in again.',
    });
    expect(await couponRowByCode(code)).toBeUndefined();
  });

  test('150 % is answered beside the field with the chosen plans kept; nothing is written', async () => {
    const { product } = await createCatalogProduct();
    const plan = await savePlan(newPlanInput(product.id), CATALOG_ACTOR);
    if (!plan.ok) throw new Error(plan.error.message);
    const code = uniqueCode();
    const state = await saveCouponAction({}, form({ code, kind: 'percent', percentOff: '150', duration: 'once', planIds: [plan.value.id] }));
    expect(state.fieldErrors).toEqual({ percentOff: expect.stringContaining('from 1 to 100') });
    expect(state.values).toMatchObject({ percentOff: '150', planIds: plan.value.id });
    expect(await couponRowByCode(code)).toBeUndefined();
  });

  test('a new coupon for two plans, typed in lower case, and its page opens', async () => {
    const { product } = await createCatalogProduct();
    const ids = [];
    for (const code of ['a', 'b']) {
      const plan = await savePlan(newPlanInput(product.id, { code: `act-${code}-${crypto.randomUUID().slice(0, 8)}` }), CATALOG_ACTOR);
      if (!plan.ok) throw new Error(plan.error.message);
      ids.push(plan.value.id);
    }
    const code = uniqueCode();
    const fields = { code: code.toLowerCase(), kind: 'fixed', amountOff: '2,50', currency: 'eur', duration: 'repeating', durationTerms: '3', active: 'on', planIds: ids };
    const redirect = await saveCouponAction({}, form(fields)).catch((e: { url: string }) => e);
    expect(redirect).toMatchObject({ url: expect.stringMatching(/^\/dashboard\/catalog\/coupons\/[0-9a-f-]{36}$/) });
    expect(await couponRowByCode(code)).toMatchObject({ kind: 'fixed', amountOffMinor: 250, currency: 'EUR', durationTerms: 3, planIds: ids, active: true });
  });
});
