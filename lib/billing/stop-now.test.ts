import { describe, expect, test } from 'vitest';
import type { CreditableLine } from './credit-note-lines';
import { commitmentTermsLeft, earlyExitFee, earlyExitRuleFor, stopCreditUse, inCommitment, stopNowRefusal, termsLeftInCommitment, unusedProrationCredit, type StopNowState } from './stop-now';

const tz = 'Europe/Oslo';
const NOW = new Date('3621-03-10T12:00:00Z');

describe('earlyExitRuleFor', () => {
  test.each([
    ['none', {}, 'EUR', { kind: 'none' }],
    ['fixed with an amount in the currency', { EUR: 2500 }, 'EUR', { kind: 'fixed', amountMinor: 2500 }],
    ['fixed without one in this currency: refused, not free', { EUR: 2500 }, 'NOK', { kind: 'none' }],
    ['fixed at 0: refused, not free', { EUR: 0 }, 'EUR', { kind: 'none' }],
    ['rest of the commitment', {}, 'NOK', { kind: 'rest_of_commitment' }],
  ] as const)('%s', (setting, amounts, currency, rule) => {
    const kind = setting.startsWith('fixed') ? 'fixed' : setting === 'none' ? 'none' : 'rest_of_commitment';
    expect(earlyExitRuleFor(kind, amounts, currency)).toEqual(rule);
  });
});

describe('stopNowRefusal', () => {
  const base: StopNowState = { status: 'active', commitmentEndsAt: null, now: NOW, shopAllows: true, customerAllows: true, rule: { kind: 'none' } };
  const later = new Date('3621-09-01T00:00:00Z');
  test.each<[string, Partial<StopNowState>, ReturnType<typeof stopNowRefusal>]>([
    ['allowed', {}, null],
    ['the shop does not allow it', { shopAllows: false }, { code: 'not_allowed' }],
    ['not for this customer', { customerAllows: false }, { code: 'not_allowed' }],
    ['a trial may stop', { status: 'trialing' }, null],
    ['past due may stop', { status: 'past_due' }, null],
    ['paused', { status: 'paused' }, { code: 'not_running' }],
    ['ended', { status: 'ended' }, { code: 'not_running' }],
    ['inside a commitment, no fee: refused', { commitmentEndsAt: later }, { code: 'in_commitment', commitmentEndsAt: later }],
    ['inside a commitment with a fixed fee', { commitmentEndsAt: later, rule: { kind: 'fixed', amountMinor: 2500 } }, null],
    ['inside a commitment, rest of it as the fee', { commitmentEndsAt: later, rule: { kind: 'rest_of_commitment' } }, null],
    ['the commitment ended', { commitmentEndsAt: new Date('3621-03-01T00:00:00Z') }, null],
  ])('%s', (_, change, refusal) => {
    expect(stopNowRefusal({ ...base, ...change })).toEqual(refusal);
  });

  test('the commitment binds until the instant it ends', () => {
    expect(inCommitment(new Date(NOW.getTime() + 1), NOW)).toBe(true);
    expect(inCommitment(NOW, NOW)).toBe(false);
    expect(inCommitment(null, NOW)).toBe(false);
  });
});

describe('termsLeftInCommitment', () => {
  const monthly = { anchorAt: new Date('3621-01-01T09:00:00Z'), anchorTerm: 0, interval: { unit: 'month' as const, count: 1 }, timeZone: tz };
  test.each([
    ['no commitment', null, 2, 0],
    ['ends with the running term', new Date('3621-04-01T08:00:00Z'), 2, 0],
    ['three more terms', new Date('3621-07-01T08:00:00Z'), 2, 3],
    ['ends inside a later term: that term counts', new Date('3621-05-15T00:00:00Z'), 2, 2],
  ])('%s', (_, commitmentEndsAt, currentTerm, left) => {
    expect(termsLeftInCommitment({ ...monthly, currentTerm, commitmentEndsAt })).toBe(left);
  });
});

describe('earlyExitFee', () => {
  const base = { inCommitment: true, runningCreditMinor: 1300, termAmountsMinor: [3100, 3100, 3100] };
  test.each([
    ['outside a commitment nothing is asked', { ...base, inCommitment: false, rule: { kind: 'fixed', amountMinor: 2500 } as const }, 0],
    ['no rule', { ...base, rule: { kind: 'none' } as const }, 0],
    ['a fixed fee', { ...base, rule: { kind: 'fixed', amountMinor: 2500 } as const }, 2500],
    ['the rest of the commitment: the running credit back plus the terms left', { ...base, rule: { kind: 'rest_of_commitment' } as const }, 1300 + 3 * 3100],
    ['the last term of the commitment: only the running credit', { ...base, termAmountsMinor: [], rule: { kind: 'rest_of_commitment' } as const }, 1300],
  ])('%s', (_, input, fee) => {
    expect(earlyExitFee(input)).toBe(fee);
  });
});

describe('unusedProrationCredit', () => {
  const line = (amountMinor: number, creditedMinor = 0): CreditableLine => ({
    invoiceLineId: crypto.randomUUID(),
    description: 'x',
    quantity: 1,
    amountMinor,
    taxRateBp: 2500,
    taxMinor: 0,
    creditedMinor,
    creditedTaxMinor: 0,
  });
  // An upgrade on 3621-03-05 (March 6 to 31 billed: 26 days), a stop later in March.
  const period = { changedAt: new Date('3621-03-05T10:00:00Z'), periodEnd: new Date('3621-04-01T08:00:00Z'), timeZone: tz };
  test.each([
    ['stop on the 10th: 21 of 26 days unused (2600 x 21/26)', [line(-2600), line(5200)], NOW, { daysInPeriod: 26, daysUnused: 21, amountMinor: 2100 }],
    ['stop the day of the upgrade: all of it back', [line(-2600), line(5200)], new Date('3621-03-05T15:00:00Z'), { daysInPeriod: 26, daysUnused: 26, amountMinor: 2600 }],
    ['stop on the last day: nothing', [line(2600)], new Date('3621-03-31T20:00:00Z'), { daysInPeriod: 26, daysUnused: 0, amountMinor: 0 }],
    ['HALF_UP once: 1000 x 21/26 = 807.69', [line(1000)], NOW, { daysInPeriod: 26, daysUnused: 21, amountMinor: 808 }],
    ['what earlier notes took back is not credited again', [line(2600, 2600)], NOW, { daysInPeriod: 26, daysUnused: 21, amountMinor: 0 }],
  ])('%s', (_, lines, now, share) => {
    expect(unusedProrationCredit({ lines, ...period, now })).toEqual(share);
  });
});

describe('commitmentTermsLeft: the terms left priced at what the customer pays', () => {
  const base = {
    currency: 'EUR',
    description: 'Morning Paper — Basic',
    firstTerm: 1,
    count: 4,
    quantity: 2,
    listPriceMinor: 3100,
    offerPriceMinor: null,
    offerTerms: null,
    nextPlanPriceMinor: null,
    taxRateBp: 2500,
    coupon: null,
    couponUses: 1,
    mode: { pricesIncludeVat: true },
  };
  const coupon = (duration: 'repeating' | 'forever', durationTerms: number | null) => ({
    code: 'HALF',
    kind: 'percent' as const,
    percentOff: 50,
    amountOffMinor: null,
    currency: null,
    duration,
    durationTerms,
    planIds: null,
    validFrom: null,
    validUntil: null,
    maxRedemptions: null,
    timesRedeemed: 0,
    maxRedemptionsPerCustomer: null,
    active: true,
  });
  const amounts = (input: Parameters<typeof commitmentTermsLeft>[0]) => {
    const terms = commitmentTermsLeft(input);
    if (!terms.ok) throw new Error(terms.error);
    return terms.value.map((t) => t.amountMinor);
  };

  test('no campaign, no coupon: list price x quantity each term', () => {
    expect(amounts(base)).toEqual([6200, 6200, 6200, 6200]);
  });
  test('a campaign price for the first 3 terms: terms 1 and 2 at the offer, then the list price', () => {
    expect(amounts({ ...base, offerPriceMinor: 1500, offerTerms: 3 })).toEqual([3000, 3000, 6200, 6200]);
  });
  test('after the offer the campaign’s next plan’s price applies', () => {
    expect(amounts({ ...base, offerPriceMinor: 1500, offerTerms: 2, nextPlanPriceMinor: 4000 })).toEqual([3000, 8000, 8000, 8000]);
  });
  test('a coupon for 3 terms, used once already: 2 more terms at half price', () => {
    const terms = commitmentTermsLeft({ ...base, coupon: coupon('repeating', 3) });
    expect(terms.ok && terms.value.map((t) => [t.amountMinor, t.discountMinor])).toEqual([
      [3100, -3100],
      [3100, -3100],
      [6200, 0],
      [6200, 0],
    ]);
  });
  test('net prices: the amounts include the VAT the invoices would add', () => {
    expect(amounts({ ...base, count: 1, mode: { pricesIncludeVat: false } })).toEqual([7750]);
  });
});

describe('stopCreditUse: the stop’s credit pays what the subscription owes first', () => {
  test('the fee first, then other open invoices, the rest kept', () => {
    expect(stopCreditUse(5000, [{ invoiceId: 'fee', owedMinor: 2500 }, { invoiceId: 'old', owedMinor: 1000 }])).toEqual({
      paid: [
        { invoiceId: 'fee', amountMinor: 2500 },
        { invoiceId: 'old', amountMinor: 1000 },
      ],
      keptMinor: 1500,
    });
  });
  test('a credit smaller than the fee pays part of it and keeps nothing', () => {
    expect(stopCreditUse(2100, [{ invoiceId: 'fee', owedMinor: 2500 }, { invoiceId: 'old', owedMinor: 1000 }])).toEqual({
      paid: [{ invoiceId: 'fee', amountMinor: 2100 }],
      keptMinor: 0,
    });
  });
  test('nothing owed: all of it is kept', () => {
    expect(stopCreditUse(2100, [{ invoiceId: 'fee', owedMinor: 0 }])).toEqual({ paid: [], keptMinor: 2100 });
  });
});
