import { describe, expect, test } from 'vitest';
import type { CreditableLine } from './credit-note-lines';
import { earlyExitFee, earlyExitRuleFor, inCommitment, stopNowRefusal, termsLeftInCommitment, unusedProrationCredit, type StopNowState } from './stop-now';

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
  const base = { inCommitment: true, runningCreditMinor: 1300, termsLeft: 3, termAmountMinor: 3100 };
  test.each([
    ['outside a commitment nothing is asked', { ...base, inCommitment: false, rule: { kind: 'fixed', amountMinor: 2500 } as const }, 0],
    ['no rule', { ...base, rule: { kind: 'none' } as const }, 0],
    ['a fixed fee', { ...base, rule: { kind: 'fixed', amountMinor: 2500 } as const }, 2500],
    ['the rest of the commitment: the running credit back plus the terms left', { ...base, rule: { kind: 'rest_of_commitment' } as const }, 1300 + 3 * 3100],
    ['the last term of the commitment: only the running credit', { ...base, termsLeft: 0, rule: { kind: 'rest_of_commitment' } as const }, 1300],
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
