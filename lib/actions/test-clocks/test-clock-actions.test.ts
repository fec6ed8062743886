import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { plans, testClocks } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';

// The session is what these tests vary; Next's request-bound helpers are stubbed.
const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock('@/lib/auth/viewer', () => ({
  getViewer: async () => viewer.current,
  isMerchant: (v: Viewer | null) => v?.role === 'owner' || v?.role === 'admin',
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { url });
  },
}));

const { createTestClockAction } = await import('./create-test-clock-action');
const { addSimulatedSubscriberAction } = await import('./add-simulated-subscriber-action');
const { advanceTestClockAction } = await import('./advance-test-clock-action');

const OWNER: Viewer = { userId: 'u1', email: 'merchant@example.com', role: 'owner', customerId: null };
const CUSTOMER: Viewer = { userId: 'u2', email: 'customer@example.com', role: 'customer', customerId: 'c2' };
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const clockTime = async (id: string) => (await db.select().from(testClocks).where(eq(testClocks.id, id)))[0]!.frozenTime.toISOString();

beforeEach(() => {
  viewer.current = OWNER;
});

describe('auth inside every action', () => {
  test.each([
    ['signed out', null],
    ['a customer', CUSTOMER],
  ])('%s is refused and nothing changes', async (_who, who) => {
    viewer.current = who;
    const clock = await createTestClock({ name: 'auth', startAt: new Date('2026-01-31T09:00:00Z') });
    const [plan] = await db.select().from(plans).where(eq(plans.code, 'trendhouse-monthly'));
    expect((await createTestClockAction({}, form({ name: 'x', startAt: '2026-01-31T10:00' }))).error).toContain('Only the shop’s staff');
    expect(
      (await addSimulatedSubscriberAction({}, form({ clockId: clock.id, planId: plan!.id, quantity: '1' }))).error,
    ).toContain('Only the shop’s staff');
    expect((await advanceTestClockAction({}, form({ clockId: clock.id, step: 'year' }))).error).toContain('Only the shop’s staff');
    expect(await clockTime(clock.id)).toBe('2026-01-31T09:00:00.000Z');
  });
});

describe('createTestClockAction', () => {
  test('creates the clock at the start in the shop zone and opens its page', async () => {
    const name = `action ${crypto.randomUUID()}`;
    const redirect = await createTestClockAction({}, form({ name, startAt: '2026-01-31T10:00' })).catch((e: { url: string }) => e);
    const [clock] = await db.select().from(testClocks).where(eq(testClocks.name, name));
    expect(clock!.frozenTime.toISOString()).toBe('2026-01-31T09:00:00.000Z');
    expect(redirect).toMatchObject({ url: `/dashboard/test-clocks/${clock!.id}` });
  });

  test('bad input is answered per field', async () => {
    const state = await createTestClockAction({}, form({ name: '', startAt: '2026-02-30T10:00' }));
    expect(state.fieldErrors).toEqual({ name: 'Give the clock a name.', startAt: expect.stringContaining('valid date and time') });
    const zone = await createTestClockAction({}, form({ name: 'zone', timeZone: 'Mars/Olympus_Mons', startAt: '2026-01-31T10:00' }));
    expect(zone.fieldErrors).toEqual({ timeZone: 'Choose a time zone from the list.' });
    const far = await createTestClockAction({}, form({ name: 'far', startAt: '2099-01-31T10:00' }));
    expect(far.fieldErrors).toEqual({ startAt: 'Choose a start within 10 years of today.' });
  });

  test('a clock in another zone starts at that zone\'s wall-clock time, and steps in its calendar', async () => {
    const name = `auckland ${crypto.randomUUID()}`;
    await createTestClockAction({}, form({ name, timeZone: 'Pacific/Auckland', startAt: '2026-03-31T10:00' })).catch(() => undefined);
    const [clock] = await db.select().from(testClocks).where(eq(testClocks.name, name));
    // 10:00 in Auckland on Mar 31 (NZDT, +13) is 21:00 UTC the day before.
    expect(clock).toMatchObject({ timeZone: 'Pacific/Auckland', frozenTime: new Date('2026-03-30T21:00:00Z') });
    // A month later in Auckland: Apr 30 10:00, after DST ended on Apr 5 (NZST, +12): 22:00 UTC.
    const state = await advanceTestClockAction({}, form({ clockId: clock!.id, step: 'month' }));
    expect(state.report?.to).toBe('2026-04-29T22:00:00.000Z');
    // "Advance to" is read in the clock's zone too.
    await advanceTestClockAction({}, form({ clockId: clock!.id, to: '2026-05-01T10:00' }));
    expect(await clockTime(clock!.id)).toBe('2026-04-30T22:00:00.000Z');
  });
});

describe('advanceTestClockAction', () => {
  test('a step moves the clock in the shop calendar and reports', async () => {
    const clock = await createTestClock({ name: 'step', startAt: new Date('2026-01-31T09:00:00Z') });
    const state = await advanceTestClockAction({}, form({ clockId: clock.id, step: 'month' }));
    expect(state.error).toBeUndefined();
    expect(state.report).toEqual({
      from: '2026-01-31T09:00:00.000Z',
      to: '2026-02-28T09:00:00.000Z',
      reachedAt: '2026-02-28T09:00:00.000Z',
      steps: 0,
      renewals: 0,
      dunning: 0,
      charges: 0,
      failed: [],
    });
    expect(await clockTime(clock.id)).toBe('2026-02-28T09:00:00.000Z');
  });

  test('a date before the clock is refused with a message; the clock stays', async () => {
    const clock = await createTestClock({ name: 'back', startAt: new Date('2026-01-31T09:00:00Z') });
    const state = await advanceTestClockAction({}, form({ clockId: clock.id, to: '2026-01-01T10:00' }));
    expect(state.error).toContain('only moves forward');
    expect(await clockTime(clock.id)).toBe('2026-01-31T09:00:00.000Z');
  });

  test.each([['not-a-uuid'], [crypto.randomUUID()]])('clock %s does not exist', async (clockId) => {
    expect((await advanceTestClockAction({}, form({ clockId, step: 'day' }))).error).toBe('That test clock does not exist.');
  });
});

describe('addSimulatedSubscriberAction', () => {
  test('bad input is answered per field; an unknown clock or coupon in words', async () => {
    const clock = await createTestClock({ name: 'subscriber', startAt: new Date('2026-01-31T09:00:00Z') });
    const [plan] = await db.select().from(plans).where(eq(plans.code, 'trendhouse-monthly'));
    const bad = await addSimulatedSubscriberAction({}, form({ clockId: clock.id, planId: plan!.id, quantity: '100' }));
    expect(bad.fieldErrors?.quantity).toContain('at most 99');
    const unknownClock = await addSimulatedSubscriberAction({}, form({ clockId: crypto.randomUUID(), planId: plan!.id, quantity: '1' }));
    expect(unknownClock.error).toBe('That test clock does not exist.');
    const unknownPlan = await addSimulatedSubscriberAction({}, form({ clockId: clock.id, planId: crypto.randomUUID(), quantity: '1' }));
    expect(unknownPlan.fieldErrors?.planId).toContain('no longer sold');
    const coupon = await addSimulatedSubscriberAction({}, form({ clockId: clock.id, planId: plan!.id, quantity: '1', couponCode: 'NOSUCHCODE' }));
    expect(coupon.error).toContain('NOSUCHCODE');
  });
});
