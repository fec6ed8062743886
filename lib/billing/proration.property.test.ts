import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { CouponRules } from './coupon';
import { currencyExponent } from './currency';
import { prorateChange } from './proration';
import { priceRenewal } from './renewal-invoice';
import { unusedPeriodShare } from './unused-period-share';

const DAY = 86_400_000;
// Currencies with 0, 2 and 3 decimals.
const CURRENCIES = ['JPY', 'EUR', 'NOK', 'KWD', 'BHD'];
const ZONES = ['UTC', 'Europe/Oslo', 'Europe/Amsterdam', 'America/New_York', 'Asia/Tokyo'];

const termPrice = fc.record({
  description: fc.constantFrom('Basic', 'Plus'),
  quantity: fc.integer({ min: 1, max: 999 }),
  unitPriceMinor: fc.integer({ min: 0, max: 5_000_000 }),
  taxRateBp: fc.constantFrom(0, 600, 1500, 2100, 2500),
});

const couponOf = (currency: string) =>
  fc.option(
    fc.oneof(
      fc.integer({ min: 1, max: 100 }).map((percentOff) => ({ kind: 'percent' as const, percentOff, amountOffMinor: null, currency: null })),
      fc.integer({ min: 1, max: 2_000_000 }).map((amountOffMinor) => ({ kind: 'fixed' as const, percentOff: null, amountOffMinor, currency })),
    ),
    { nil: null },
  );

const scenario = fc
  .record({
    currency: fc.constantFrom(...CURRENCIES),
    timeZone: fc.constantFrom(...ZONES),
    // Any instant from 1990 to 2090, a term of 1 to 400 days, a change anywhere in it (or just outside).
    startMs: fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) }),
    termDays: fc.integer({ min: 1, max: 400 }),
    at: fc.double({ min: -0.05, max: 1.05, noNaN: true }),
    from: termPrice,
    to: termPrice,
  })
  .chain((drawn) => couponOf(drawn.currency).map((coupon) => ({ ...drawn, coupon })));

const rules = (c: Pick<CouponRules, 'kind' | 'percentOff' | 'amountOffMinor' | 'currency'>): CouponRules => ({
  code: 'P',
  duration: 'forever',
  durationTerms: null,
  planIds: null,
  validFrom: null,
  validUntil: null,
  maxRedemptions: null,
  timesRedeemed: 0,
  maxRedemptionsPerCustomer: null,
  active: true,
  ...c,
});

test('a proration always sums exactly, credits no more than the term charged, and an upgrade never comes to less than 0', () => {
  fc.assert(
    fc.property(scenario, (s) => {
      currencyExponent(s.currency);
      const periodStart = new Date(s.startMs);
      const periodEnd = new Date(s.startMs + s.termDays * DAY);
      const now = new Date(s.startMs + Math.round(s.at * s.termDays * DAY));
      const coupon = s.coupon ? rules(s.coupon) : null;
      const input = { currency: s.currency, from: s.from, to: s.to, coupon, periodStart, periodEnd, now, timeZone: s.timeZone };
      const { invoice, daysUnused, daysInPeriod } = prorateChange(input);

      // The lines are the invoice: exact sums, VAT within each line.
      expect(invoice.totalMinor).toBe(invoice.lines.reduce((sum, line) => sum + line.amountMinor, 0));
      expect(invoice.taxMinor).toBe(invoice.lines.reduce((sum, line) => sum + line.taxMinor, 0));
      expect(invoice.subtotalMinor + invoice.taxMinor).toBe(invoice.totalMinor);
      for (const line of invoice.lines) {
        expect(Number.isSafeInteger(line.amountMinor)).toBe(true);
        expect(Math.abs(line.taxMinor)).toBeLessThanOrEqual(Math.abs(line.amountMinor));
        expect(Math.sign(line.taxMinor) * Math.sign(line.amountMinor)).toBeGreaterThanOrEqual(0);
      }
      expect(daysUnused).toBeGreaterThanOrEqual(0);
      expect(daysUnused).toBeLessThanOrEqual(daysInPeriod);

      // The total is the unused days' share of the new term's net less that of the current one.
      const net = (price: typeof s.from) => {
        const priced = priceRenewal({ currency: s.currency, ...price, coupon, couponUses: 0 });
        if (!priced.ok) throw new Error(priced.error);
        return priced.value.invoice.totalMinor;
      };
      const share = (amountMinor: number) => unusedPeriodShare({ amountMinor, periodStart, periodEnd, now, timeZone: s.timeZone }).amountMinor;
      const fromNet = net(s.from);
      const toNet = net(s.to);
      expect(invoice.totalMinor).toBe(share(toNet) - share(fromNet));
      // The credit never exceeds what the running term charged after its coupon.
      const credited = -invoice.lines.filter((line) => line.description.toLowerCase().includes('unused')).reduce((sum, line) => sum + line.amountMinor, 0);
      expect(credited).toBeLessThanOrEqual(fromNet);
      if (toNet >= fromNet) expect(invoice.totalMinor).toBeGreaterThanOrEqual(0);
    }),
    { numRuns: 600 },
  );
});
