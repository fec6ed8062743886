import { describe, expect, test } from 'vitest';
import { currencyExponent } from './currency';
import { formatFeeAmounts, parseFeeAmounts } from './parse-fee-amounts';

describe('parseFeeAmounts', () => {
  test.each([
    ['', {}],
    ['EUR 25.00', { EUR: 2500 }],
    ['EUR 25.00, NOK 250', { EUR: 2500, NOK: 25000 }],
    ['eur 25; jpy 3000; kwd 1.250', { EUR: 2500, JPY: 3000, KWD: 1250 }],
  ])('%j', (input, amounts) => {
    expect(parseFeeAmounts(input)).toEqual({ ok: true, value: amounts });
  });

  test.each([
    ['25.00', 'like "EUR 25.00"'],
    ['EUR 25, EUR 30', 'given twice'],
    ['EUR 0', 'more than zero'],
    ['EUR abc', 'EUR:'],
  ])('%j is refused with a message a person can act on', (input, message) => {
    const parsed = parseFeeAmounts(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });

  test('written back as read', () => {
    const text = formatFeeAmounts({ EUR: 2500, JPY: 3000, KWD: 1250 }, currencyExponent);
    expect(text).toBe('EUR 25.00, JPY 3000, KWD 1.250');
    expect(parseFeeAmounts(text)).toEqual({ ok: true, value: { EUR: 2500, JPY: 3000, KWD: 1250 } });
  });
});
