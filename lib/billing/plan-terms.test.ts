import { describe, expect, test } from 'vitest';
import { priceForTerm, validatePlanTerms, type PlanTermsInput } from './plan-terms';

/** Trendhouse monthly: €32.00, default timeline 14/7/14. */
const terms = (overrides: Partial<PlanTermsInput> = {}): PlanTermsInput => ({
  interval: { unit: 'month', count: 1 },
  priceMinor: 3200,
  currency: 'EUR',
  setupFeeMinor: 0,
  trialDays: 0,
  commitmentMonths: null,
  maxInstalments: null,
  announceDaysBefore: 14,
  invoiceDaysBefore: 7,
  paymentTermsDays: 14,
  offerPriceMinor: null,
  offerTerms: null,
  ...overrides,
});

describe('validatePlanTerms', () => {
  test.each<[string, Partial<PlanTermsInput>]>([
    ['the defaults', {}],
    ['a free plan with a setup fee', { priceMinor: 0, setupFeeMinor: 4900 }],
    ['a 365-day trial', { trialDays: 365 }],
    ['a 12-month commitment', { commitmentMonths: 12 }],
    ['a 1-month commitment', { commitmentMonths: 1 }],
    ['a 120-month commitment', { commitmentMonths: 120 }],
    ['1 instalment', { maxInstalments: 1 }],
    ['1000 instalments', { maxInstalments: 1000 }],
    ['announce and invoice on the same day as the term', { announceDaysBefore: 0, invoiceDaysBefore: 0 }],
    ['announce = invoice = 90', { announceDaysBefore: 90, invoiceDaysBefore: 90 }],
    ['payment terms 0 (due on issue) ', { paymentTermsDays: 0 }],
    ['payment terms 120', { paymentTermsDays: 120 }],
    ['a campaign: 3 terms at €9.00', { offerPriceMinor: 900, offerTerms: 3 }],
    ['a free first term', { offerPriceMinor: 0, offerTerms: 1 }],
    ['an offer at the list price, 120 terms', { offerPriceMinor: 3200, offerTerms: 120 }],
    ['yen, every 2 weeks', { currency: 'JPY', priceMinor: 1500, interval: { unit: 'week', count: 2 } }],
  ])('%s is valid', (_name, overrides) => {
    const input = terms(overrides);
    expect(validatePlanTerms(input)).toEqual({ ok: true, value: input });
  });

  test.each<[string, Partial<PlanTermsInput>, string]>([
    [
      'a zero interval',
      { interval: { unit: 'month', count: 0 } },
      'The billing interval must be a whole number of months from 1 to 120.',
    ],
    [
      'a negative interval',
      { interval: { unit: 'week', count: -2 } },
      'The billing interval must be a whole number of weeks from 1 to 520.',
    ],
    ['a negative price', { priceMinor: -1 }, 'The price cannot be negative.'],
    ['a fractional price', { priceMinor: 32.5 }, 'The price must be a whole number of minor units.'],
    ['an unsafe price', { priceMinor: 2 ** 53 }, 'The price is too large.'],
    [
      'an unknown currency',
      { currency: 'EURO' },
      '"EURO" is not a currency code we know: use an ISO code such as EUR or NOK.',
    ],
    ['a negative setup fee', { setupFeeMinor: -4900 }, 'The setup fee cannot be negative.'],
    ['a negative trial', { trialDays: -1 }, 'The trial must be a whole number of days from 0 to 365.'],
    ['a trial of 366 days', { trialDays: 366 }, 'The trial must be a whole number of days from 0 to 365.'],
    [
      'a commitment of 0 months',
      { commitmentMonths: 0 },
      'The commitment must be a whole number of months from 1 to 120, or empty for none.',
    ],
    [
      'a commitment of 121 months',
      { commitmentMonths: 121 },
      'The commitment must be a whole number of months from 1 to 120, or empty for none.',
    ],
    [
      '0 instalments',
      { maxInstalments: 0 },
      'The maximum number of instalments must be a whole number from 1 to 1000, or empty for no maximum.',
    ],
    [
      '1001 instalments',
      { maxInstalments: 1001 },
      'The maximum number of instalments must be a whole number from 1 to 1000, or empty for no maximum.',
    ],
    [
      'announce after the invoice',
      { announceDaysBefore: 5, invoiceDaysBefore: 7 },
      'The announcement (5 days before the term) must not come after the invoice (7 days before).',
    ],
    [
      'announce 91 days before',
      { announceDaysBefore: 91 },
      'The announcement must go out a whole number of days from 0 to 90 before the term.',
    ],
    [
      'a negative invoice lead',
      { invoiceDaysBefore: -1 },
      'The invoice must be made a whole number of days from 0 to 90 before the term.',
    ],
    [
      'payment terms of 121 days',
      { paymentTermsDays: 121 },
      'Payment terms must be a whole number of days from 0 to 120.',
    ],
    [
      'negative payment terms',
      { paymentTermsDays: -14 },
      'Payment terms must be a whole number of days from 0 to 120.',
    ],
    [
      'an offer price without terms',
      { offerPriceMinor: 900 },
      'A campaign needs both an offer price and the number of terms it lasts, or neither.',
    ],
    [
      'offer terms without a price',
      { offerTerms: 3 },
      'A campaign needs both an offer price and the number of terms it lasts, or neither.',
    ],
    [
      '0 offer terms',
      { offerPriceMinor: 900, offerTerms: 0 },
      'The offer must last a whole number of terms from 1 to 120.',
    ],
    [
      '121 offer terms',
      { offerPriceMinor: 900, offerTerms: 121 },
      'The offer must last a whole number of terms from 1 to 120.',
    ],
    ['a negative offer price', { offerPriceMinor: -100, offerTerms: 3 }, 'The offer price cannot be negative.'],
    [
      'an offer above the list price',
      { offerPriceMinor: 4000, offerTerms: 3 },
      'The offer price (€40.00) cannot be above the list price (€32.00).',
    ],
    [
      'an offer above the list price, in NOK',
      { currency: 'NOK', priceMinor: 29900, offerPriceMinor: 29901, offerTerms: 1 },
      'The offer price (NOK\u00a0299.01) cannot be above the list price (NOK\u00a0299.00).',
    ],
  ])('%s', (_name, overrides, error) => {
    expect(validatePlanTerms(terms(overrides))).toEqual({ ok: false, error });
  });
});

describe('priceForTerm', () => {
  const campaign = { listPriceMinor: 3200, offerPriceMinor: 900, offerTerms: 3 };

  test.each<[string, Parameters<typeof priceForTerm>[0], { unitPriceMinor: number; onOffer: boolean }]>([
    ['campaign, term 0', { ...campaign, term: 0 }, { unitPriceMinor: 900, onOffer: true }],
    ['campaign, term 2 (the last offer term)', { ...campaign, term: 2 }, { unitPriceMinor: 900, onOffer: true }],
    ['campaign, term 3 (list price from here)', { ...campaign, term: 3 }, { unitPriceMinor: 3200, onOffer: false }],
    ['campaign, term 40', { ...campaign, term: 40 }, { unitPriceMinor: 3200, onOffer: false }],
    [
      'a free first term',
      { listPriceMinor: 3200, offerPriceMinor: 0, offerTerms: 1, term: 0 },
      { unitPriceMinor: 0, onOffer: true },
    ],
    [
      'no campaign',
      { listPriceMinor: 3200, offerPriceMinor: null, offerTerms: null, term: 0 },
      { unitPriceMinor: 3200, onOffer: false },
    ],
  ])('%s', (_name, input, expected) => {
    expect(priceForTerm(input)).toEqual(expected);
  });

  test.each([
    ['a negative term', { ...campaign, term: -1 }],
    ['a fractional term', { ...campaign, term: 1.5 }],
    ['half a campaign', { listPriceMinor: 3200, offerPriceMinor: 900, offerTerms: null, term: 0 }],
  ])('%s throws', (_name, input) => {
    expect(() => priceForTerm(input)).toThrow(RangeError);
  });
});
