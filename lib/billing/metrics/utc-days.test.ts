import { describe, expect, test } from 'vitest';
import { splitAtUtcDays } from './utc-days';

const d = (iso: string) => new Date(iso);

describe('splitAtUtcDays', () => {
  test('a month in Amsterdam: whole UTC days and the hour before the first midnight', () => {
    expect(splitAtUtcDays({ from: d('2031-04-30T22:00:00Z'), to: d('2031-05-31T22:00:00Z') })).toEqual({
      days: { from: '2031-05-01', to: '2031-05-31' },
      edges: [
        { from: d('2031-04-30T22:00:00Z'), to: d('2031-05-01T00:00:00Z') },
        { from: d('2031-05-31T00:00:00Z'), to: d('2031-05-31T22:00:00Z') },
      ],
    });
  });

  test('a UTC month has no edges', () => {
    expect(splitAtUtcDays({ from: d('2031-05-01T00:00:00Z'), to: d('2031-06-01T00:00:00Z') })).toEqual({
      days: { from: '2031-05-01', to: '2031-06-01' },
      edges: [],
    });
  });

  test('less than a whole day is one edge; an empty range nothing', () => {
    expect(splitAtUtcDays({ from: d('2031-05-01T05:30:00Z'), to: d('2031-05-02T05:30:00Z') })).toEqual({
      days: null,
      edges: [{ from: d('2031-05-01T05:30:00Z'), to: d('2031-05-02T05:30:00Z') }],
    });
    expect(splitAtUtcDays({ from: d('2031-05-02T00:00:00Z'), to: d('2031-05-02T00:00:00Z') })).toEqual({ days: null, edges: [] });
  });

  test('from the beginning of time (the MRR before a range)', () => {
    expect(splitAtUtcDays({ from: new Date(0), to: d('2031-05-31T22:00:00Z') })).toEqual({
      days: { from: '1970-01-01', to: '2031-05-31' },
      edges: [{ from: d('2031-05-31T00:00:00Z'), to: d('2031-05-31T22:00:00Z') }],
    });
  });
});
