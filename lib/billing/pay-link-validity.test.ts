import { describe, expect, test } from 'vitest';
import { payLinkValidity, type PayLinkValidity } from './pay-link-validity';

type Input = Parameters<typeof payLinkValidity>[0];
const issuedAt = new Date('2026-01-10T09:00:00Z');
const base: Input = { status: 'open', owedMinor: 2500, issuedAt, validDays: 60, now: new Date('2026-02-01T00:00:00Z') };

describe('payLinkValidity', () => {
  test.each<[string, Partial<Input>, PayLinkValidity]>([
    ['an open invoice, a young link', {}, 'payable'],
    ['one millisecond before the link expires', { now: new Date('2026-03-11T08:59:59.999Z') }, 'payable'],
    ['exactly when the link expires', { now: new Date('2026-03-11T09:00:00Z') }, 'expired'],
    ['a link older than the shop allows', { validDays: 7, now: new Date('2026-01-20T00:00:00Z') }, 'expired'],
    ['a paid invoice, a young link', { status: 'paid' }, 'paid'],
    ['a paid invoice, an old link', { status: 'paid', now: new Date('2027-01-01T00:00:00Z') }, 'paid'],
    ['a voided invoice', { status: 'void' }, 'closed'],
    ['an uncollectible invoice', { status: 'uncollectible' }, 'closed'],
    ['an open invoice with nothing owed (credited)', { owedMinor: 0 }, 'closed'],
  ])('%s', (_name, overrides, expected) => {
    expect(payLinkValidity({ ...base, ...overrides })).toBe(expected);
  });

  test('a validity below one day is a bug', () => {
    expect(() => payLinkValidity({ ...base, validDays: 0 })).toThrow(RangeError);
  });
});
