import { InngestTestEngine } from '@inngest/test';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { deliverWebhooks } from '@/lib/services/webhooks/deliver-webhooks';
import { deliverWebhooksFunction } from './deliver-webhooks';
import { functions } from '../index';

// Delivery itself is tested in lib/services/webhooks; here only the function's wiring.
vi.mock('@/lib/services/webhooks/deliver-webhooks', () => ({ deliverWebhooks: vi.fn(async () => ({ succeeded: 3, failed: 1, gaveUp: 0, disabled: 0 })) }));

afterEach(() => vi.clearAllMocks());

describe('deliver-webhooks', () => {
  test('runs every minute, one run at a time, and is served', () => {
    expect(deliverWebhooksFunction.id()).toBe('deliver-webhooks');
    expect(deliverWebhooksFunction.opts.triggers).toEqual([{ cron: '* * * * *' }]);
    expect(deliverWebhooksFunction.opts.concurrency).toEqual([{ limit: 1 }]);
    expect(functions).toContain(deliverWebhooksFunction);
  });

  test('its step sends what is due', async () => {
    const { result, ctx } = await new InngestTestEngine({ function: deliverWebhooksFunction }).execute();
    expect(ctx.step.run).toHaveBeenCalledWith('deliver', expect.any(Function));
    expect(deliverWebhooks).toHaveBeenCalledWith();
    expect(result).toEqual({ succeeded: 3, failed: 1, gaveUp: 0, disabled: 0 });
  });
});
