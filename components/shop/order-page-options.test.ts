import { describe, expect, test } from 'vitest';
import type { ShopPlan as Plan } from '@/db/queries/catalog/get-product-page';
import { orderPageOptions } from './order-page-options';

const base = {
  productId: 'product',
  variantId: null,
  currency: 'EUR',
  intervalUnit: 'month',
  intervalCount: 1,
  setupFeeMinor: 0,
  trialDays: 0,
  commitmentMonths: null,
  maxInstalments: null,
  offerPriceMinor: null,
  offerTerms: null,
  nextPlanId: null,
} as const;
const plan = (code: string, fields: Partial<Plan>): Plan => ({ ...base, id: code, code, name: code, priceMinor: 1000, ...fields }) as Plan;
const plain = (text: string | null) => text?.replace(/\s/g, ' ') ?? null;

const PRINT = { id: 'v-print', name: 'Print' };
const DIGITAL = { id: 'v-digital', name: 'Digital' };

describe('orderPageOptions', () => {
  test('a variable product: one group per variant, each saving counted within its own variant', () => {
    const groups = orderPageOptions(
      [
        plan('print-monthly', { variantId: PRINT.id, priceMinor: 3200 }),
        plan('print-yearly', { variantId: PRINT.id, priceMinor: 32000, intervalUnit: 'year' }),
        plan('digital-monthly', { variantId: DIGITAL.id, priceMinor: 1000 }),
        plan('digital-yearly', { variantId: DIGITAL.id, priceMinor: 9000, intervalUnit: 'year' }),
      ],
      [DIGITAL, PRINT],
      new Map(),
      'en',
    );
    expect(groups.map((g) => [g.name, g.plans.map((p) => [p.code, p.saving])])).toEqual([
      ['Digital', [['digital-monthly', null], ['digital-yearly', 'save 25% vs paying every month']]],
      ['Print', [['print-monthly', null], ['print-yearly', 'save 16% vs paying every month']]],
    ]);
  });

  test('a simple product: one group without a name; a variant without plans is not offered', () => {
    const groups = orderPageOptions([plan('monthly', {})], [PRINT], new Map(), 'en');
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ name: null, plans: [{ code: 'monthly', struck: null, price: '€10.00 every month' }] });
  });

  test('a campaign: the regular price struck through, the offer for its terms, then the price after it', () => {
    const [group] = orderPageOptions([plan('intro', { priceMinor: 3200, offerPriceMinor: 100, offerTerms: 3 })], [], new Map(), 'en');
    expect(group!.plans[0]).toMatchObject({
      struck: '€32.00',
      price: '€1.00 every month for the first 3 payments, then €32.00 every month',
    });
  });

  test('in Norwegian and German', () => {
    const plans = [plan('m', { priceMinor: 1000 }), plan('y', { priceMinor: 6000, intervalUnit: 'year' })];
    expect(plain(orderPageOptions(plans, [], new Map(), 'nb')[0]!.plans[1]!.saving)).toBe('spar 50 % mot å betale per måned');
    expect(plain(orderPageOptions(plans, [], new Map(), 'de')[0]!.plans[1]!.saving)).toBe('50 % günstiger als monatlich zu zahlen');
  });
});
