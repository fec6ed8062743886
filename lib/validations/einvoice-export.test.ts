import { describe, expect, test } from 'vitest';
import { monthWindow, parseExportMonth } from './einvoice-export';

describe('the month of an e-invoice export', () => {
  test('is the shop’s calendar month: Amsterdam’s March starts at 23:00 UTC and ends on summer time', () => {
    expect(monthWindow('2026-03', 'Europe/Amsterdam')).toEqual({ from: new Date('2026-02-28T23:00:00Z'), to: new Date('2026-03-31T22:00:00Z') });
    expect(monthWindow('2026-12', 'Europe/Oslo')).toEqual({ from: new Date('2026-11-30T23:00:00Z'), to: new Date('2026-12-31T23:00:00Z') });
  });

  test('defaults to last month where the shop is; a month that does not parse says how to write it', () => {
    // 1 January 00:30 in Amsterdam is still 31 December in UTC: last month there is December.
    expect(parseExportMonth(null, { now: new Date('2026-12-31T23:30:00Z'), timeZone: 'Europe/Amsterdam' })).toEqual({ ok: true, month: '2026-12' });
    expect(parseExportMonth(' 2026-07 ', { now: new Date(), timeZone: 'Europe/Amsterdam' })).toEqual({ ok: true, month: '2026-07' });
    for (const bad of ['', '2026-00', '2026-13', '26-07', '2026/07']) {
      expect(parseExportMonth(bad, { now: new Date(), timeZone: 'Europe/Amsterdam' })).toEqual({ ok: false, error: 'exportMonthInvalid' });
    }
  });
});
