import { describe, expect, test } from 'vitest';
import { anchoredPeriodStart } from './periods';
import { extendedTimeline, extensionRefusal, MAX_EXTENSION_DAYS } from './subscription-extension';

const running = { status: 'active', cancelAtPeriodEnd: false, pauseAtPeriodEnd: false, nextTermInvoiced: false };

describe('extensionRefusal', () => {
  test.each([
    ['an active subscription, 1 day', running, 1, null],
    ['the longest extension', running, MAX_EXTENSION_DAYS, null],
    ['0 days', running, 0, 'bad_days'],
    ['a negative number of days', running, -3, 'bad_days'],
    ['more than a year', running, MAX_EXTENSION_DAYS + 1, 'bad_days'],
    ['half a day', running, 0.5, 'bad_days'],
    ['a trial', { ...running, status: 'trialing' }, 5, 'not_running'],
    ['an unpaid one', { ...running, status: 'past_due' }, 5, 'not_running'],
    ['a paused one', { ...running, status: 'paused' }, 5, 'not_running'],
    ['one that stops at the end of the term', { ...running, cancelAtPeriodEnd: true }, 5, 'stopping'],
    ['one that pauses at the end of the term', { ...running, pauseAtPeriodEnd: true }, 5, 'pausing'],
    ['one whose next term is invoiced already', { ...running, nextTermInvoiced: true }, 5, 'next_term_invoiced'],
  ])('%s', (_what, state, days, code) => {
    expect(extensionRefusal(state, days)?.code ?? null).toBe(code);
  });
});

describe('extendedTimeline', () => {
  const month = { unit: 'month' as const, count: 1 };
  test('the term ends N days later, the next terms follow from there, and the commitment moves by as much', () => {
    const timeline = { anchorAt: new Date('3711-01-31T08:00:00Z'), anchorTerm: 0, interval: month, timeZone: 'Europe/Oslo' };
    const currentPeriodEnd = anchoredPeriodStart(timeline.anchorAt, 0, month, 1, timeline.timeZone); // Feb 28
    const moved = extendedTimeline({ timeline, currentTerm: 0, currentPeriodEnd, commitmentEndsAt: new Date('3712-01-31T08:00:00Z'), days: 3 });
    expect(moved.currentPeriodEnd.toISOString()).toBe('3711-03-03T08:00:00.000Z');
    expect(moved).toMatchObject({ anchorAt: moved.currentPeriodEnd, anchorTerm: 1 });
    // Term 2 is a month after the new anchor: the renewal day moved from the 31st to the 3rd.
    expect(anchoredPeriodStart(moved.anchorAt, moved.anchorTerm, month, 2, timeline.timeZone).toISOString()).toBe('3711-04-03T07:00:00.000Z');
    expect(moved.commitmentEndsAt?.toISOString()).toBe('3712-02-03T08:00:00.000Z');
  });

  test('keeps the local time across a DST change, and leaves no commitment alone', () => {
    const timeline = { anchorAt: new Date('3711-03-20T09:00:00Z'), anchorTerm: 0, interval: { unit: 'week' as const, count: 1 }, timeZone: 'Europe/Oslo' };
    const moved = extendedTimeline({ timeline, currentTerm: 0, currentPeriodEnd: new Date('3711-03-27T09:00:00Z'), commitmentEndsAt: null, days: 7 });
    expect(moved.currentPeriodEnd.toISOString()).toBe('3711-04-03T08:00:00.000Z');
    expect(moved.commitmentEndsAt).toBeNull();
  });
});
