import { describe, expect, test } from 'vitest';
import { planPriceLabel } from './plan-price-label';

const monthly = { priceMinor: 3200, currency: 'EUR', intervalUnit: 'month', intervalCount: 1, offerPriceMinor: null, offerTerms: null };

describe('planPriceLabel', () => {
  test.each([
    ['a plan without an offer', monthly, undefined, '€32.00 every month'],
    ['a campaign', { ...monthly, offerPriceMinor: 100, offerTerms: 2 }, undefined, '€1.00 every month for the first 2 payments, then €32.00 every month'],
    ['a campaign of one term', { ...monthly, offerPriceMinor: 0, offerTerms: 1 }, undefined, '€0.00 every month for the first payment, then €32.00 every month'],
    ['a campaign that moves to another plan', { ...monthly, offerPriceMinor: 100, offerTerms: 3 }, 4500, '€1.00 every month for the first 3 payments, then €45.00 every month'],
    ['every 3 months', { ...monthly, intervalCount: 3, priceMinor: 9000, offerPriceMinor: 4500, offerTerms: 1 }, undefined, '€45.00 every 3 months for the first payment, then €90.00 every 3 months'],
  ])('%s', (_name, plan, then, label) => {
    expect(planPriceLabel(plan, then)).toBe(label);
  });
});

describe('planPriceLabel in Norwegian and German', () => {
  test('amounts, intervals and the campaign in the reader’s language', () => {
    const nok = { ...monthly, currency: 'NOK', priceMinor: 29900 };
    const plain = (text: string) => text.replace(/\s/g, ' ');
    expect(plain(planPriceLabel(nok, undefined, 'nb'))).toBe('299,00 kr per måned');
    expect(plain(planPriceLabel({ ...nok, intervalCount: 3, offerPriceMinor: 100, offerTerms: 2 }, undefined, 'nb'))).toBe(
      '1,00 kr hver 3. måned for de første 2 betalingene, deretter 299,00 kr hver 3. måned',
    );
    expect(plain(planPriceLabel(monthly, undefined, 'de'))).toBe('32,00 € monatlich');
  });
});
