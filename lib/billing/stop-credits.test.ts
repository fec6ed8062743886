import { describe, expect, test } from 'vitest';
import { aheadInvoiceOnStop, stopCredits } from './stop-credits';

describe('aheadInvoiceOnStop', () => {
  test.each([
    ['open, nothing paid: voided', { status: 'open', amountPaidMinor: 0 }, 'void'],
    ['open, partly paid: credited', { status: 'open', amountPaidMinor: 1000 }, 'credit'],
    ['paid: credited', { status: 'paid', amountPaidMinor: 3200 }, 'credit'],
    ['void: kept', { status: 'void', amountPaidMinor: 0 }, 'keep'],
    ['uncollectible: kept', { status: 'uncollectible', amountPaidMinor: 0 }, 'keep'],
  ])('%s', (_name, invoice, outcome) => {
    expect(aheadInvoiceOnStop(invoice)).toBe(outcome);
  });
});

describe('stopCredits', () => {
  test('only notes kept as balance reach the balance; notes on open invoices lower what they owe', () => {
    expect(
      stopCredits([
        { disposition: 'reduce_open', totalMinor: 2240 },
        { disposition: 'balance', totalMinor: 619 },
        { disposition: 'balance', totalMinor: 1000 },
        { disposition: 'refund', totalMinor: 500 },
      ]),
    ).toEqual({ toBalanceMinor: 1619, offOpenInvoicesMinor: 2240 });
  });
});
