import { describe, expect, test } from 'vitest';
import { cardExpiresAt, cardExpiryNoticeDue } from './card-expiry';

describe('card expiry', () => {
  test('a card works through the last day of its expiry month', () => {
    expect(cardExpiresAt(2026, 12).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(cardExpiresAt(2026, 2).toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  test.each([
    ['2026-01-29T23:59:59Z', false], // 30 days and a second before 1 March
    ['2026-01-30T00:00:00Z', true], // exactly 30 days before
    ['2026-02-14T00:00:00Z', true],
    ['2026-02-28T23:59:59Z', true],
    ['2026-03-01T00:00:00Z', false], // expired: too late to warn
  ])('a card expiring 02/2026 at %s: notice due %s', (now, due) => {
    expect(cardExpiryNoticeDue(2026, 2, new Date(now))).toBe(due);
  });
});
