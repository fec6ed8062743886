import { describe, expect, test } from 'vitest';
import { afterAutopayFailure } from './autopay-retry';

const at = new Date('2026-03-28T09:00:00Z'); // Oslo moves to summer time on 29 March
const tz = 'Europe/Oslo';

describe('afterAutopayFailure', () => {
  test.each([
    [1, '2026-03-29T08:00:00.000Z'], // one local day later: 10:00 Oslo summer time
    [2, '2026-03-31T08:00:00.000Z'],
    [3, '2026-04-02T08:00:00.000Z'],
  ])('a temporary failure of the sequence’s charge %i is retried at %s, keeping the local time of day', (charges, chargeAt) => {
    expect(afterAutopayFailure({ kind: 'temporary', charges, failedAt: at, timeZone: tz })).toEqual({
      retry: true,
      chargeAt: new Date(chargeAt),
    });
  });

  test('after the third retry (the fourth charge) it gives up', () => {
    expect(afterAutopayFailure({ kind: 'temporary', charges: 4, failedAt: at, timeZone: tz })).toEqual({ retry: false });
  });

  test('a permanent failure is never retried', () => {
    expect(afterAutopayFailure({ kind: 'permanent', charges: 1, failedAt: at, timeZone: tz })).toEqual({ retry: false });
  });

  test('rejects a charge count that is not positive', () => {
    expect(() => afterAutopayFailure({ kind: 'temporary', charges: 0, failedAt: at, timeZone: tz })).toThrow(RangeError);
  });
});
