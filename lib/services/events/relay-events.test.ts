import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { afterAll, afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { domainEvents } from '@/db/schema';
import { listBillingErrors } from '@/db/queries/dashboard/list-billing-errors';
import type { EventDeliverer, PendingEvent } from './event-deliverer';
import { recordEvent } from './record-event';
import { CLAIM_LEASE_MS, relayEvents, retryDelayMs } from './relay-events';

beforeEach(() => {
  vi.stubEnv('INNGEST_EVENT_KEY', '');
  vi.stubEnv('INNGEST_DEV', '');
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

// The events here are about orders that do not exist: left behind, every sweep would retry them.
const recorded: string[] = [];
afterAll(async () => {
  await db.delete(domainEvents).where(inArray(domainEvents.id, recorded));
});

/** `count` events about subjects of their own (test files share one database: relays here are scoped to them). */
async function recordEvents(count: number): Promise<{ ids: string[]; subjectIds: string[] }> {
  const subjectIds = Array.from({ length: count }, () => randomUUID());
  const ids = await db.transaction(async (tx) => {
    const written: string[] = [];
    for (const orderId of subjectIds) written.push(await recordEvent(tx, { name: 'shop/order.paid', data: { orderId } }));
    return written;
  });
  recorded.push(...ids);
  return { ids, subjectIds };
}

/** A deliverer that records what it was handed, failing the ids in `failing`. */
function fakeDeliverer(failing: Map<string, Error> = new Map()) {
  const handed: PendingEvent[][] = [];
  const deliver: EventDeliverer = async (events) => {
    handed.push(events);
    return new Map([...failing].filter(([id]) => events.some((e) => e.id === id)));
  };
  return { deliver, handed, ids: () => handed.flat().map((e) => e.id) };
}

const rowsOf = (ids: string[]) => db.select().from(domainEvents).where(inArray(domainEvents.id, ids));
const rowOf = async (id: string) => (await rowsOf([id]))[0]!;

describe('relayEvents', () => {
  test('delivers each event once, oldest first, and marks it delivered', async () => {
    const { ids, subjectIds } = await recordEvents(3);
    const fake = fakeDeliverer();

    expect(await relayEvents({ deliver: fake.deliver, subjectIds })).toEqual({ delivered: 3, failed: 0 });
    expect(await relayEvents({ deliver: fake.deliver, subjectIds })).toEqual({ delivered: 0, failed: 0 });

    expect(fake.handed).toHaveLength(1);
    expect(new Set(fake.ids())).toEqual(new Set(ids));
    expect(fake.handed[0]![0]).toMatchObject({ name: 'shop/order.paid', attempts: 1 });
    for (const row of await rowsOf(ids)) {
      expect(row.deliveredAt).not.toBeNull();
      expect(row.attempts).toBe(1);
    }
  });

  test('a failed delivery keeps its error, waits out a backoff, shows among the billing errors, and is delivered on a later try', async () => {
    const { ids, subjectIds } = await recordEvents(2);
    const [failing, fine] = ids as [string, string];
    const now = new Date();

    const first = fakeDeliverer(new Map([[failing, new Error('Resend is down')]]));
    expect(await relayEvents({ deliver: first.deliver, subjectIds, now })).toEqual({ delivered: 1, failed: 1 });
    expect(await rowOf(fine)).toMatchObject({ deliveredAt: expect.any(Date) });
    expect(await rowOf(failing)).toMatchObject({
      deliveredAt: null,
      attempts: 1,
      lastError: 'Resend is down',
      lastAttemptAt: now,
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(1)),
    });
    const shown = (await listBillingErrors({ limit: 1000 })).find((r) => r.kind === 'event' && r.eventId === failing);
    expect(shown).toMatchObject({ kind: 'event', eventName: 'shop/order.paid', error: 'Resend is down', attempts: 1 });

    // Not before its backoff is over, even when nudged.
    const early = fakeDeliverer();
    await relayEvents({ deliver: early.deliver, subjectIds, now: new Date(now.getTime() + retryDelayMs(1) - 1000) });
    expect(early.handed).toEqual([]);

    const later = fakeDeliverer();
    expect(await relayEvents({ deliver: later.deliver, subjectIds, now: new Date(now.getTime() + retryDelayMs(1)) })).toEqual({ delivered: 1, failed: 0 });
    expect(later.ids()).toEqual([failing]);
    expect(await rowOf(failing)).toMatchObject({ attempts: 2, deliveredAt: expect.any(Date) });
    expect((await listBillingErrors({ limit: 1000 })).some((r) => r.kind === 'event' && r.eventId === failing)).toBe(false);
  });

  test('a deliverer that throws fails its whole batch', async () => {
    const { ids, subjectIds } = await recordEvents(2);
    const deliver: EventDeliverer = async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:8288');
    };
    expect(await relayEvents({ deliver, subjectIds })).toEqual({ delivered: 0, failed: 2 });
    for (const row of await rowsOf(ids)) expect(row).toMatchObject({ deliveredAt: null, lastError: 'connect ECONNREFUSED 127.0.0.1:8288' });
  });

  test('a claimed event is leased: no other relay takes it until the lease is over (its relay died)', async () => {
    const { ids, subjectIds } = await recordEvents(1);
    const now = new Date();
    const dies: EventDeliverer = () => new Promise(() => {}); // never answers: the process died mid-delivery
    void relayEvents({ deliver: dies, subjectIds, now });
    await vi.waitFor(async () => expect((await rowOf(ids[0]!)).attempts).toBe(1));

    const other = fakeDeliverer();
    await relayEvents({ deliver: other.deliver, subjectIds, now });
    expect(other.handed).toEqual([]);
    await relayEvents({ deliver: other.deliver, subjectIds, now: new Date(now.getTime() + CLAIM_LEASE_MS) });
    expect(other.ids()).toEqual(ids);
    expect(await rowOf(ids[0]!)).toMatchObject({ attempts: 2, deliveredAt: expect.any(Date) });
  });

  test.skipIf(!process.env.DATABASE_URL)('two relays at once deliver each event exactly once (PostgreSQL)', async () => {
    const { ids, subjectIds } = await recordEvents(60);
    const slow = () => {
      const fake = fakeDeliverer();
      const deliver: EventDeliverer = async (events) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return fake.deliver(events);
      };
      return { ...fake, deliver };
    };
    const [a, b] = [slow(), slow()];

    const reports = await Promise.all([
      relayEvents({ deliver: a.deliver, subjectIds, batchSize: 5 }),
      relayEvents({ deliver: b.deliver, subjectIds, batchSize: 5 }),
    ]);

    const delivered = [...a.ids(), ...b.ids()];
    expect(delivered).toHaveLength(60);
    expect(new Set(delivered)).toEqual(new Set(ids));
    // Both took part: the claims really ran side by side.
    expect(a.ids().length).toBeGreaterThan(0);
    expect(b.ids().length).toBeGreaterThan(0);
    expect(reports[0]!.delivered + reports[1]!.delivered).toBe(60);
    for (const row of await rowsOf(ids)) expect(row).toMatchObject({ attempts: 1, deliveredAt: expect.any(Date) });
  });
});

describe('retryDelayMs', () => {
  test.each([
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [7, 1_920_000],
    [8, 3_600_000],
    [50, 3_600_000],
  ])('after attempt %i: %i ms', (attempts, ms) => {
    expect(retryDelayMs(attempts)).toBe(ms);
  });
});
