import { describe, expect, test } from 'vitest';
import { monthSpan, monthSpans } from '@/lib/billing/metrics/month-range';
import { parseMetricsRange, parseMrrFigureQuery } from './metrics-range';

const now = new Date('2026-12-05T12:00:00Z');
const parse = (params: Record<string, string | string[] | undefined>) => parseMetricsRange(params, now, 'Europe/Amsterdam');

describe('parseMetricsRange', () => {
  test('no range: the last twelve months, this one included', () => {
    expect(parse({})).toEqual({ from: '2026-01', to: '2026-12', notice: null, problems: [] });
  });

  test('a valid range is kept', () => {
    expect(parse({ from: '2025-03', to: '2025-08' })).toEqual({ from: '2025-03', to: '2025-08', notice: null, problems: [] });
    expect(parse({ to: '2025-08' })).toEqual({ from: '2024-09', to: '2025-08', notice: null, problems: [] });
  });

  test.each([
    [{ from: '2026-13' }, 'The first month must be a month written as YYYY-MM.', { kind: 'badMonth', which: 'from', months: 12 }],
    [{ from: 'yesterday' }, 'The first month must be a month written as YYYY-MM.', { kind: 'badMonth', which: 'from', months: 12 }],
    [{ to: '2026-1' }, 'The last month must be a month written as YYYY-MM.', { kind: 'badMonth', which: 'to', months: 12 }],
    [{ from: '2026-06', to: '2026-02' }, 'The first month must not be after the last month.', { kind: 'order', months: 12 }],
  ])('%o is refused with a message and the default range', (params, message, problem) => {
    expect(parse(params)).toEqual({ from: '2026-01', to: '2026-12', notice: `${message} Showing the last 12 months.`, problems: [problem] });
  });

  test('a range into the future ends this month; a range too long is cut to 36 months', () => {
    expect(parse({ from: '2026-06', to: '2027-03' })).toMatchObject({ from: '2026-06', to: '2026-12', notice: expect.stringContaining('ends this month'), problems: [{ kind: 'future' }] });
    expect(parse({ from: '2010-01', to: '2026-12' })).toMatchObject({ from: '2024-01', to: '2026-12', notice: expect.stringContaining('starts 2024-01'), problems: [{ kind: 'tooLong', months: 36, from: '2024-01' }] });
  });
});

describe('month spans', () => {
  test("a month is the shop's calendar month, as instants", () => {
    expect(monthSpan('2026-03', 'Europe/Amsterdam')).toEqual({
      key: '2026-03',
      start: new Date('2026-02-28T23:00:00Z'),
      // Summer time starts on 29 March.
      end: new Date('2026-03-31T22:00:00Z'),
    });
    expect(monthSpans('2025-11', '2026-02', 'UTC').map((m) => m.key)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('parseMrrFigureQuery', () => {
  test('a figure of a month in a currency, page 1 unless asked', () => {
    expect(parseMrrFigureQuery({ currency: 'EUR', month: '2026-05', figure: 'churn' })).toEqual({
      ok: true,
      value: { currency: 'EUR', month: '2026-05', figure: 'churn', page: 1 },
    });
    expect(parseMrrFigureQuery({ currency: 'EUR', month: '2026-05', figure: 'mrr', page: '3' })).toMatchObject({ ok: true, value: { page: 3 } });
  });

  test.each([
    [{ currency: 'eur', month: '2026-05', figure: 'churn' }, 'currency'],
    [{ currency: 'EUR', month: '2026-5', figure: 'churn' }, 'month'],
    [{ currency: 'EUR', month: '2026-05', figure: 'everything' }, 'figure'],
    [{}, 'currency'],
  ])('%o is refused, naming the %s', (params, problem) => {
    expect(parseMrrFigureQuery(params)).toEqual({ ok: false, problem });
  });

  test('a page that is not a whole number from 1 is refused', () => {
    expect(parseMrrFigureQuery({ currency: 'EUR', month: '2026-05', figure: 'new', page: '0' })).toEqual({ ok: false, problem: 'page' });
    expect(parseMrrFigureQuery({ currency: 'EUR', month: '2026-05', figure: 'new', page: 'x' })).toEqual({ ok: false, problem: 'page' });
    expect(parseMrrFigureQuery({ currency: 'EUR', month: '2026-05', figure: 'new', page: '1.5' })).toEqual({ ok: false, problem: 'page' });
  });
});
