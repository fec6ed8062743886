import { InngestTestEngine } from '@inngest/test';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { sweepStalePayments } from '@/lib/services/payments/sweep-stale-payments';
import { sweepStalePaymentsFunction } from './sweep-stale-payments';

// The sweep itself is tested in lib/services/payments; a real one here would sweep every test's payments.
vi.mock('@/lib/services/payments/sweep-stale-payments', () => ({
  sweepStalePayments: vi.fn(async () => ({ synced: 2, resolved: 1, early: 0, failed: 0 })),
}));

afterEach(() => vi.clearAllMocks());

describe('sweep-stale-payments', () => {
  test('runs every five minutes, one run at a time', () => {
    expect(sweepStalePaymentsFunction.id()).toBe('sweep-stale-payments');
    expect(sweepStalePaymentsFunction.opts.triggers).toEqual([{ cron: '*/5 * * * *' }]);
    expect(sweepStalePaymentsFunction.opts.concurrency).toEqual([{ limit: 1 }]);
  });

  test('its step runs the same sweep as the embedded driver, on the current time', async () => {
    const { result, ctx } = await new InngestTestEngine({ function: sweepStalePaymentsFunction }).execute();
    expect(ctx.step.run).toHaveBeenCalledWith('sweep', expect.any(Function));
    expect(sweepStalePayments).toHaveBeenCalledWith({ now: expect.any(Date) });
    expect(result).toEqual({ synced: 2, resolved: 1, early: 0, failed: 0 });
  });
});
