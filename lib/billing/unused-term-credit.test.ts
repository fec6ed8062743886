import { describe, expect, test } from 'vitest';
import { unusedTermCredit, type CreditableInvoiceLine } from './unused-term-credit';

// March 2026 in Amsterdam: 31 days; stopped on the 10th, 21 are unused.
const term = {
  planLineId: 'plan',
  periodStart: new Date('2026-03-01T00:00:00+01:00'),
  periodEnd: new Date('2026-04-01T00:00:00+02:00'),
  now: new Date('2026-03-10T15:00:00+01:00'),
  timeZone: 'Europe/Amsterdam',
};
const line = (invoiceLineId: string, kind: string, amountMinor: number, taxRateBp = 900, creditedMinor = 0): CreditableInvoiceLine => ({
  invoiceLineId,
  kind,
  description: kind,
  quantity: 1,
  amountMinor,
  taxRateBp,
  taxMinor: 0,
  creditedMinor,
  creditedTaxMinor: 0,
});

describe('unusedTermCredit', () => {
  test.each([
    ['the plan line alone: 3200 x 21 / 31', [line('plan', 'plan', 3200)], 2168],
    // The coupon's 900 is spread over plan (3200) and setup fee (1300): 640 on the plan line.
    ['after the plan line’s share of the coupon', [line('plan', 'plan', 3200), line('fee', 'setup_fee', 1300), line('d', 'discount', -900)], 1734],
    ['a discount at another VAT rate is not the plan’s', [line('plan', 'plan', 3200), line('d', 'discount', -500, 2100)], 2168],
    ['less what a credit note already took back', [line('plan', 'plan', 3200, 900, 1000)], 1490],
    ['nothing left after the line was credited in full', [line('plan', 'plan', 3200, 900, 3200)], 0],
  ])('%s', (_name, lines, amountMinor) => {
    expect(unusedTermCredit({ ...term, lines })).toEqual({ daysInPeriod: 31, daysUnused: 21, amountMinor });
  });

  test('a line that is not on the invoice is a bug', () => {
    expect(() => unusedTermCredit({ ...term, lines: [line('other', 'plan', 3200)] })).toThrow(RangeError);
  });
});
