import { InngestTestEngine } from '@inngest/test';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { purgeOutboxBodies } from '@/lib/services/privacy/purge-outbox-bodies';
import { purgeOutboxBodiesFunction } from './purge-outbox-bodies';
import { functions } from '../index';

// The purge itself is tested in lib/services/privacy; here only the function's wiring.
vi.mock('@/lib/services/privacy/purge-outbox-bodies', () => ({ purgeOutboxBodies: vi.fn(async () => ({ purged: 7 })) }));

afterEach(() => vi.clearAllMocks());

describe('purge-outbox-bodies', () => {
  test('runs once a day at night, one run at a time, and is served', () => {
    expect(purgeOutboxBodiesFunction.id()).toBe('purge-outbox-bodies');
    expect(purgeOutboxBodiesFunction.opts.triggers).toEqual([{ cron: 'TZ=UTC 30 3 * * *' }]);
    expect(purgeOutboxBodiesFunction.opts.concurrency).toEqual([{ limit: 1 }]);
    expect(functions).toContain(purgeOutboxBodiesFunction);
  });

  test('its step purges with the current time', async () => {
    const { result, ctx } = await new InngestTestEngine({ function: purgeOutboxBodiesFunction }).execute();
    expect(ctx.step.run).toHaveBeenCalledWith('purge', expect.any(Function));
    expect(purgeOutboxBodies).toHaveBeenCalledWith({ now: expect.any(Date) });
    expect(result).toEqual({ purged: 7 });
  });
});
