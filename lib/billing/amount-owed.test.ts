import { describe, expect, test } from 'vitest';
import { amountOwed } from './amount-owed';
import { creditableAmount } from './creditable-amount';

describe('amountOwed', () => {
  test.each([
    ['nothing paid', { totalMinor: 3200, amountPaidMinor: 0, creditedMinor: 0 }, 3200],
    ['part paid', { totalMinor: 3200, amountPaidMinor: 1200, creditedMinor: 0 }, 2000],
    ['part credited', { totalMinor: 3200, amountPaidMinor: 0, creditedMinor: 1200 }, 2000],
    ['paid and credited', { totalMinor: 3700, amountPaidMinor: 1000, creditedMinor: 700 }, 2000],
    ['settled by both', { totalMinor: 3200, amountPaidMinor: 2000, creditedMinor: 1200 }, 0],
    ['credited after it was paid in full', { totalMinor: 3200, amountPaidMinor: 3200, creditedMinor: 1200 }, 0],
    ['a free invoice', { totalMinor: 0, amountPaidMinor: 0, creditedMinor: 0 }, 0],
  ])('%s', (_name, invoice, owed) => {
    expect(amountOwed(invoice)).toBe(owed);
  });

  test('rejects an amount that is not a whole number of minor units', () => {
    expect(() => amountOwed({ totalMinor: 32.5, amountPaidMinor: 0, creditedMinor: 0 })).toThrow(RangeError);
  });
});

describe('creditableAmount', () => {
  test.each([
    ['open: what it still owes', 'open', { totalMinor: 3200, amountPaidMinor: 1000, creditedMinor: 200 }, 2000],
    ['paid: what earlier notes left', 'paid', { totalMinor: 3200, amountPaidMinor: 3000, creditedMinor: 200 }, 3000],
    ['void: nothing', 'void', { totalMinor: 3200, amountPaidMinor: 0, creditedMinor: 0 }, 0],
    ['draft: nothing', 'draft', { totalMinor: 3200, amountPaidMinor: 0, creditedMinor: 0 }, 0],
  ])('%s', (_name, status, amounts, creditable) => {
    expect(creditableAmount({ status, ...amounts })).toBe(creditable);
  });
});
