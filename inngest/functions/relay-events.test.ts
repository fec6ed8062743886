import { InngestTestEngine } from '@inngest/test';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { deliverToInngest } from '@/lib/services/events/inngest-sender';
import { relayEvents } from '@/lib/services/events/relay-events';
import { relayEventsFunction } from './relay-events';

// The relay itself is tested in lib/services/events; a real one here would relay every test's events.
vi.mock('@/lib/services/events/relay-events', () => ({ relayEvents: vi.fn(async () => ({ delivered: 3, failed: 1 })) }));

afterEach(() => vi.clearAllMocks());

describe('relay-events', () => {
  test('runs every minute, one run at a time', () => {
    expect(relayEventsFunction.id()).toBe('relay-events');
    expect(relayEventsFunction.opts.triggers).toEqual([{ cron: '* * * * *' }]);
    expect(relayEventsFunction.opts.concurrency).toEqual([{ limit: 1 }]);
  });

  test('its step relays the undelivered events to Inngest', async () => {
    const { result, ctx } = await new InngestTestEngine({ function: relayEventsFunction }).execute();
    expect(ctx.step.run).toHaveBeenCalledWith('relay', expect.any(Function));
    expect(relayEvents).toHaveBeenCalledWith({ deliver: deliverToInngest });
    expect(result).toEqual({ delivered: 3, failed: 1 });
  });
});
