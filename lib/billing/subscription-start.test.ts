import { describe, expect, test } from 'vitest';
import type { Interval } from './periods';
import { startSubscription } from './subscription-start';

const MONTHLY: Interval = { unit: 'month', count: 1 };
const iso = (date: Date | null) => date?.toISOString() ?? null;

describe('startSubscription', () => {
  test.each<[string, string, Interval, number, number | null, string, Record<string, string | null>]>([
    [
      'monthly, no trial, no commitment',
      '2024-01-31T09:00:00.000Z',
      MONTHLY,
      0,
      null,
      'Europe/Oslo',
      {
        status: 'active',
        anchorAt: '2024-01-31T09:00:00.000Z',
        currentPeriodStart: '2024-01-31T09:00:00.000Z',
        currentPeriodEnd: '2024-02-29T09:00:00.000Z',
        trialEndsAt: null,
        commitmentEndsAt: null,
      },
    ],
    [
      'monthly with a 12-month commitment, across DST (10:00 local stays 10:00)',
      '2024-01-15T09:00:00.000Z',
      MONTHLY,
      0,
      12,
      'Europe/Oslo',
      {
        status: 'active',
        anchorAt: '2024-01-15T09:00:00.000Z',
        currentPeriodStart: '2024-01-15T09:00:00.000Z',
        currentPeriodEnd: '2024-02-15T09:00:00.000Z',
        trialEndsAt: null,
        commitmentEndsAt: '2025-01-15T09:00:00.000Z',
      },
    ],
    [
      '14-day trial across the spring DST change: anchor at the trial end, same local time',
      '2024-03-25T11:00:00.000Z', // 12:00 in Oslo (+01:00)
      MONTHLY,
      14,
      6,
      'Europe/Oslo',
      {
        status: 'trialing',
        anchorAt: '2024-04-08T10:00:00.000Z', // 12:00 in Oslo (+02:00)
        currentPeriodStart: '2024-03-25T11:00:00.000Z',
        currentPeriodEnd: '2024-04-08T10:00:00.000Z',
        trialEndsAt: '2024-04-08T10:00:00.000Z',
        commitmentEndsAt: '2024-10-08T10:00:00.000Z',
      },
    ],
    [
      'weekly in Los Angeles, commitment 0 means none',
      '2024-11-01T16:00:00.000Z', // 09:00 PDT
      { unit: 'week', count: 1 },
      0,
      0,
      'America/Los_Angeles',
      {
        status: 'active',
        anchorAt: '2024-11-01T16:00:00.000Z',
        currentPeriodStart: '2024-11-01T16:00:00.000Z',
        currentPeriodEnd: '2024-11-08T17:00:00.000Z', // 09:00 PST
        trialEndsAt: null,
        commitmentEndsAt: null,
      },
    ],
  ])('%s', (_name, now, interval, trialDays, commitmentMonths, timeZone, expected) => {
    const start = startSubscription({ now: new Date(now), interval, trialDays, commitmentMonths, timeZone });
    expect({
      status: start.status,
      anchorAt: iso(start.anchorAt),
      currentPeriodStart: iso(start.currentPeriodStart),
      currentPeriodEnd: iso(start.currentPeriodEnd),
      trialEndsAt: iso(start.trialEndsAt),
      commitmentEndsAt: iso(start.commitmentEndsAt),
    }).toEqual(expected);
    expect(start.currentTerm).toBe(0);
  });

  test("does not hand back the caller's Date object", () => {
    const now = new Date('2024-01-01T00:00:00Z');
    const start = startSubscription({ now, interval: MONTHLY, trialDays: 0, commitmentMonths: null, timeZone: 'UTC' });
    expect(start.anchorAt).not.toBe(now);
    expect(start.anchorAt).toEqual(now);
  });

  test.each<[string, Partial<Parameters<typeof startSubscription>[0]>]>([
    ['negative trial days', { trialDays: -1 }],
    ['fractional trial days', { trialDays: 1.5 }],
    ['negative commitment', { commitmentMonths: -3 }],
    ['an invalid interval', { interval: { unit: 'month', count: 0 } }],
    ['an unknown time zone', { timeZone: 'Europe/Atlantis' }],
  ])('throws on %s', (_name, overrides) => {
    const input = {
      now: new Date('2024-01-01T00:00:00Z'),
      interval: MONTHLY,
      trialDays: 0,
      commitmentMonths: null,
      timeZone: 'Europe/Oslo',
      ...overrides,
    };
    expect(() => startSubscription(input)).toThrow(RangeError);
  });
});
