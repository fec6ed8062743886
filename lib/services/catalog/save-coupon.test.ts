import { describe, expect, test } from 'vitest';
import { CATALOG_ACTOR, couponRowByCode, createCatalogProduct, newCouponInput, newPlanInput } from './catalog-fixture';
import { saveCoupon } from './save-coupon';
import { savePlan } from './save-plan';

// Inside this file's own years, so that "valid until" is ahead of or behind `now` as each test says.
const now = new Date('3681-06-15T10:00:00Z');

describe('saveCoupon refuses a coupon the checkout could not apply, beside the field, writing nothing', () => {
  test.each([
    ['150 %', { percentOff: 150 }, 'percentOff', 'from 1 to 100'],
    ['a negative amount', { kind: 'fixed' as const, amountOff: '-5.00', currency: 'EUR' }, 'amountOff', 'negative'],
    ['a zero amount', { kind: 'fixed' as const, amountOff: '0', currency: 'EUR' }, 'amountOff', 'more than zero'],
    ['an amount with too many decimals', { kind: 'fixed' as const, amountOff: '5.001', currency: 'EUR' }, 'amountOff', 'at most 2 decimals'],
    ['an amount without currency', { kind: 'fixed' as const, amountOff: '5', currency: null }, 'currency', 'needs the currency'],
    ['3 terms without a number', { duration: 'repeating' as const }, 'durationTerms', 'how many terms'],
    ['a last day gone by', { validUntil: '3681-06-01' }, 'validUntil', 'has passed'],
    ['0 uses per customer', { maxRedemptionsPerCustomer: 0 }, 'maxRedemptionsPerCustomer', 'from 1 to 1000'],
    ['an unknown plan', { planIds: [crypto.randomUUID()] }, 'planIds', 'couponPlanGone'],
  ])('%s', async (_what, overrides, field, message) => {
    const input = newCouponInput(overrides);
    const result = await saveCoupon(input, CATALOG_ACTOR, now);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.error.fieldErrors)).toEqual([field]);
    expect(result.error.fieldErrors[field]).toContain(message);
    expect(await couponRowByCode(input.code)).toBeUndefined();
  });

  test('a code already in use (in any case) is refused beside the code', async () => {
    const first = newCouponInput();
    expect((await saveCoupon(first, CATALOG_ACTOR, now)).ok).toBe(true);
    const again = await saveCoupon(newCouponInput({ code: first.code, percentOff: 20 }), CATALOG_ACTOR, now);
    expect(again).toMatchObject({ ok: false, error: { fieldErrors: { code: `couponCodeTaken?code=${first.code}` } } });
    expect(await couponRowByCode(first.code)).toMatchObject({ percentOff: 10 });
  });

  test('an amount off for a plan in another currency is refused beside the plans', async () => {
    const { product } = await createCatalogProduct();
    const nok = await savePlan(newPlanInput(product.id, { currency: 'NOK', price: '349' }), CATALOG_ACTOR);
    if (!nok.ok) throw new Error(nok.error.message);
    const result = await saveCoupon(newCouponInput({ kind: 'fixed', amountOff: '5', currency: 'EUR', planIds: [nok.value.id] }), CATALOG_ACTOR, now);
    expect(result).toMatchObject({ ok: false, error: { fieldErrors: { planIds: expect.stringMatching(/^couponPlanCurrency\?.*planCurrency=NOK/) } } });
  });
});

describe('saveCoupon writes what was asked', () => {
  test('an amount off for 3 terms, limited to one plan, to the end of a day in the shop’s time zone', async () => {
    const { product } = await createCatalogProduct();
    const plan = await savePlan(newPlanInput(product.id), CATALOG_ACTOR);
    if (!plan.ok) throw new Error(plan.error.message);
    const input = newCouponInput({
      kind: 'fixed',
      percentOff: 99,
      amountOff: '5,50',
      currency: 'EUR',
      duration: 'repeating',
      durationTerms: 3,
      maxRedemptions: 100,
      maxRedemptionsPerCustomer: 1,
      validUntil: '3681-12-31',
      planIds: [plan.value.id],
    });
    const saved = await saveCoupon(input, CATALOG_ACTOR, now);
    expect(saved).toMatchObject({ ok: true, value: { created: true } });
    const row = await couponRowByCode(input.code);
    expect(row).toMatchObject({
      kind: 'fixed',
      percentOff: null,
      amountOffMinor: 550,
      currency: 'EUR',
      duration: 'repeating',
      durationTerms: 3,
      maxRedemptions: 100,
      maxRedemptionsPerCustomer: 1,
      planIds: [plan.value.id],
      active: true,
    });
    // The demo shop is in Europe/Amsterdam: 1 January, midnight there, is 23:00 UTC the day before.
    expect(row!.validUntil?.toISOString()).toBe('3681-12-31T23:00:00.000Z');
  });

  test('an edit keeps the code and the uses so far; deactivated, it stays listed', async () => {
    const input = newCouponInput({ duration: 'forever' });
    const created = await saveCoupon(input, CATALOG_ACTOR, now);
    if (!created.ok) throw new Error(created.error.message);
    const { code: _code, ...fields } = input;
    const edited = await saveCoupon({ ...fields, id: created.value.id, percentOff: 25, active: false }, CATALOG_ACTOR, now);
    expect(edited).toEqual({ ok: true, value: { id: created.value.id, created: false } });
    expect(await couponRowByCode(input.code)).toMatchObject({ percentOff: 25, duration: 'forever', active: false, timesRedeemed: 0 });
  });
});
