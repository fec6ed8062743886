import { describe, expect, it } from 'vitest';
import { decimalToMinor } from './minor-units';
import { bankNoteText } from '@/lib/i18n/bank-note-text';

describe('decimalToMinor', () => {
  it.each([
    ['49.90', 'EUR', 4990],
    ['0.29', 'EUR', 29],
    ['1000', 'NOK', 100000],
    ['1000.5', 'SEK', 100050],
    ['.5', 'DKK', 50],
    ['5.', 'EUR', 500],
    [' 12.34 ', 'EUR', 1234],
    ['1500', 'JPY', 1500],
    ['1500.00', 'JPY', 1500],
    ['990', 'ISK', 990],
    ['12.345', 'KWD', 12345],
    ['0.00', 'EUR', 0],
    ['+12.50', 'EUR', 1250],
    ['90071992547409.91', 'EUR', 9007199254740991],
  ])('%j %s -> %d', (text, currency, minor) => {
    expect(decimalToMinor(text, currency)).toEqual({ ok: true, minor });
  });

  it.each([
    ['12,50', 'EUR', 'is not a number'],
    ['-12.50', 'EUR', 'is not a number'],
    ['1e3', 'EUR', 'is not a number'],
    ['', 'EUR', 'is not a number'],
    ['.', 'EUR', 'is not a number'],
    ['abc', 'EUR', 'is not a number'],
    ['12.505', 'EUR', 'more decimals than EUR has (2)'],
    ['1500.5', 'JPY', 'more decimals than JPY has (0)'],
    ['90071992547409.92', 'EUR', 'too large'],
    ['12.50', 'XXQ', 'Unknown currency'],
    ['12.50', 'eur', 'Unknown currency'],
  ])('%j %s fails: %s', (text, currency, reason) => {
    const result = decimalToMinor(text, currency);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(bankNoteText('en', result.reason)).toContain(reason);
  });
});
