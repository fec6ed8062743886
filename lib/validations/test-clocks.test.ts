import { describe, expect, test } from 'vitest';
import {
  addSimulatedSubscriberSchema,
  advanceStepSchema,
  advanceToSchema,
  createTestClockSchema,
  parseLocalDateTime,
  stepForward,
  toLocalDateTimeInput,
} from './test-clocks';
import { manageLocalizer } from '@/lib/i18n/manage-messages';

const AMS = 'Europe/Amsterdam';
const CLOCK = '3f0b8c1e-6a7d-4c2b-9e1f-2a3b4c5d6e7f';
const PLAN = '7b0e2a52-1d7c-4a61-9d1e-0c6f1f5b2a10';
// The schemas refuse with codes; a staff member reads them worded (here in English).
const english = manageLocalizer('en');
type Issue = { message: string; path: PropertyKey[] };
const wording = (issue: Issue | undefined) => (issue ? english.issue(issue) : undefined);
const messageOf = (result: { success: boolean; error?: { issues: Issue[] } }) => wording(result.error?.issues[0]);

describe('parseLocalDateTime', () => {
  test.each([
    ['2026-01-31T10:00', AMS, '2026-01-31T09:00:00.000Z'],
    ['2026-07-01T10:00', AMS, '2026-07-01T08:00:00.000Z'],
    ['2026-01-31T10:00:30', 'UTC', '2026-01-31T10:00:30.000Z'],
    [' 2028-02-29T00:00 ', 'UTC', '2028-02-29T00:00:00.000Z'],
    ['2026-01-31T10:00', 'America/New_York', '2026-01-31T15:00:00.000Z'],
    // Does not exist in Amsterdam (clocks go 02:00 -> 03:00): shifted forward by the gap.
    ['2026-03-29T02:30', AMS, '2026-03-29T01:30:00.000Z'],
  ])('%s in %s is %s', (value, zone, expected) => {
    expect(parseLocalDateTime(value, zone)?.toISOString()).toBe(expected);
  });

  test.each(['', 'tomorrow', '2026-02-30T10:00', '2027-02-29T10:00', '2026-13-01T10:00', '2026-01-31T24:00', '2026-01-31T10:60', '2026-01-31', '31-01-2026T10:00'])(
    '%j is not a date-time',
    (value) => {
      expect(parseLocalDateTime(value, AMS)).toBeNull();
    },
  );

  test('toLocalDateTimeInput is its inverse', () => {
    for (const iso of ['2026-01-31T09:00:00.000Z', '2026-07-01T08:15:00.000Z', '2026-12-31T23:30:00.000Z']) {
      const local = toLocalDateTimeInput(new Date(iso), AMS);
      expect(parseLocalDateTime(local, AMS)?.toISOString()).toBe(iso);
    }
    expect(toLocalDateTimeInput(new Date('2026-12-31T23:30:00Z'), AMS)).toBe('2027-01-01T00:30');
  });
});

describe('stepForward', () => {
  const from = new Date('2026-01-31T09:00:00Z'); // Jan 31 10:00 in Amsterdam
  test.each([
    ['day', '2026-02-01T09:00:00.000Z'],
    ['week', '2026-02-07T09:00:00.000Z'],
    ['month', '2026-02-28T09:00:00.000Z'], // clamped to the end of February
    ['year', '2027-01-31T09:00:00.000Z'],
  ] as const)('+1 %s from Jan 31 10:00 is %s', (step, expected) => {
    expect(stepForward(from, step, AMS).toISOString()).toBe(expected);
  });

  test('keeps the local time across a DST change', () => {
    expect(stepForward(new Date('2026-03-28T09:00:00Z'), 'day', AMS).toISOString()).toBe('2026-03-29T08:00:00.000Z');
  });
});

describe('createTestClockSchema', () => {
  const schema = createTestClockSchema({ timeZone: AMS, now: new Date('2026-06-15T12:00:00Z') });

  test('a name and a start in the shop zone', () => {
    expect(schema.parse({ name: '  Dunning run ', startAt: '2026-01-31T10:00' })).toEqual({
      name: 'Dunning run',
      timeZone: null,
      startAt: new Date('2026-01-31T09:00:00Z'),
    });
  });

  test('a clock in another zone: its start is that zone\'s wall-clock time', () => {
    expect(schema.parse({ name: 'LA', timeZone: 'America/Los_Angeles', startAt: '2026-03-08T01:30' })).toEqual({
      name: 'LA',
      timeZone: 'America/Los_Angeles',
      startAt: new Date('2026-03-08T09:30:00Z'),
    });
    const issue = schema.safeParse({ name: 'LA', timeZone: 'Pacific/Nowhere', startAt: '2026-03-08T01:30' }).error!.issues[0];
    expect(issue?.path).toEqual(['timeZone']);
    expect(wording(issue)).toBe('Choose a time zone from the list.');
  });

  test.each([
    [{ name: '', startAt: '2026-01-31T10:00' }, 'name', 'Give the clock a name.'],
    [{ name: '   ', startAt: '2026-01-31T10:00' }, 'name', 'Give the clock a name.'],
    [{ startAt: '2026-01-31T10:00' }, 'name', 'Give the clock a name.'],
    [{ name: 'x'.repeat(81), startAt: '2026-01-31T10:00' }, 'name', 'at most 80 characters'],
    [{ name: 'ok', startAt: '' }, 'startAt', 'Choose when the clock starts.'],
    [{ name: 'ok', startAt: '2026-02-30T10:00' }, 'startAt', 'valid date and time'],
    [{ name: 'ok', startAt: '2036-06-16T10:00' }, 'startAt', 'within 10 years of today'],
    [{ name: 'ok', startAt: '2016-06-14T10:00' }, 'startAt', 'within 10 years of today'],
  ])('%j is refused on %s: %s', (input, field, message) => {
    const parsed = schema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(wording(parsed.error!.issues.find((i) => i.path[0] === field))).toContain(message);
  });

  test('exactly 80 characters and a start 10 years ahead are fine', () => {
    expect(schema.safeParse({ name: 'x'.repeat(80), startAt: '2036-06-15T14:00' }).success).toBe(true);
  });
});

describe('advanceToSchema', () => {
  const clockTime = new Date('2026-02-28T09:00:00Z'); // Feb 28 10:00 in Amsterdam
  const schema = advanceToSchema({ timeZone: AMS, clockTime });

  test('a date-time after the clock, in the shop zone', () => {
    expect(schema.parse({ clockId: CLOCK, to: '2026-04-06T00:00' })).toEqual({ clockId: CLOCK, to: new Date('2026-04-05T22:00:00Z') });
  });

  test.each([
    ['2026-02-28T10:00', 'only moves forward'], // the clock's own time is not after it
    ['2026-01-15T10:00', 'only moves forward'],
    ['2036-02-28T10:01', 'at most 10 years'],
    ['', 'Choose the date and time'],
    ['soon', 'valid date and time'],
  ])('to %j is refused: %s', (to, message) => {
    expect(messageOf(schema.safeParse({ clockId: CLOCK, to }))).toContain(message);
  });

  test('10 years to the minute is allowed', () => {
    expect(schema.safeParse({ clockId: CLOCK, to: '2036-02-28T10:00' }).success).toBe(true);
  });

  test.each([['not-a-uuid'], ["1' or '1'='1"], ['']])('clock id %j is refused', (clockId) => {
    expect(messageOf(schema.safeParse({ clockId, to: '2026-04-06T00:00' }))).toBe('That test clock does not exist.');
  });
});

describe('advanceStepSchema', () => {
  test.each(['day', 'week', 'month', 'year'])('%s is a step', (step) => {
    expect(advanceStepSchema.parse({ clockId: CLOCK, step })).toEqual({ clockId: CLOCK, step });
  });

  test.each(['decade', '', 'DAY'])('%j is not', (step) => {
    expect(messageOf(advanceStepSchema.safeParse({ clockId: CLOCK, step }))).toContain('a day, a week, a month or a year');
  });
});

describe('addSimulatedSubscriberSchema', () => {
  const base = { clockId: CLOCK, planId: PLAN, quantity: '2' };

  test('an unchecked autopay box is absent from the form: autopay off; empty optionals dropped', () => {
    expect(addSimulatedSubscriberSchema.parse({ ...base, couponCode: '', name: '  ' })).toEqual({
      clockId: CLOCK,
      planId: PLAN,
      quantity: 2,
      autopay: false,
      // How the simulated card behaves when not chosen: its charges succeed.
      mandate: 'ok',
      couponCode: undefined,
      name: undefined,
    });
  });

  test('a checked box is autopay; a coupon and name are kept, trimmed', () => {
    expect(addSimulatedSubscriberSchema.parse({ ...base, autopay: 'on', couponCode: ' WELCOME10 ', name: ' Ada ' })).toMatchObject({
      autopay: true,
      couponCode: 'WELCOME10',
      name: 'Ada',
    });
  });

  test.each([
    ['quantity', '0', 'at least 1'],
    ['quantity', '100', 'at most 99'],
    ['quantity', '1.5', 'whole number'],
    ['quantity', 'lots', 'Enter a quantity'],
    ['planId', '', 'Choose a plan.'],
    ['planId', 'trendhouse-monthly', 'Choose a plan.'],
    ['clockId', 'nope', 'That test clock does not exist.'],
    ['couponCode', 'WELCOME 10', 'only letters, digits'],
    ['couponCode', 'X'.repeat(41), 'too long'],
    ['name', 'x'.repeat(81), 'at most 80 characters'],
    ['autopay', 'yes', 'either on or off'],
  ])('%s = %j is refused: %s', (field, value, message) => {
    const parsed = addSimulatedSubscriberSchema.safeParse({ ...base, [field]: value });
    expect(parsed.success).toBe(false);
    expect(wording(parsed.error!.issues.find((i) => i.path[0] === field))).toContain(message);
  });

  test('a price slipped into the form is dropped', () => {
    expect(addSimulatedSubscriberSchema.parse({ ...base, priceMinor: '1' })).not.toHaveProperty('priceMinor');
  });
});
