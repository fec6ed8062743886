import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { customers, domainEvents, emailOutbox, invoices, mrrMovements, subscriptions } from '@/db/schema';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { planByCode } from '@/test/support/checkout-fixtures';
import { scheduleSubscriptionStop } from './schedule-subscription-stop';
import { undoSubscriptionStop } from './undo-subscription-stop';

// The shop-wide switch as these tests set it, instead of the shared row (test files run in
// parallel against one database; the switch itself is saved by saveCustomersCanStop, tested apart).
const shop = vi.hoisted(() => ({ customersCanStop: true }));
vi.mock('@/lib/services/settings/get-shop-settings', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/services/settings/get-shop-settings')>();
  return { getShopSettings: async (...args: Parameters<typeof real.getShopSettings>) => ({ ...(await real.getShopSettings(...args)), ...shop }) };
});

beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  shop.customersCanStop = true;
});
afterEach(() => vi.unstubAllEnvs());

const START = new Date('2026-03-01T09:00:00Z');
const MAR_10 = new Date('2026-03-10T12:00:00Z');

/** A simulated customer on a fresh test clock with one paid subscription of `planCode`. */
async function subscribed(planCode: string, name: string) {
  const clock = await createTestClock({ name, startAt: START });
  const plan = await planByCode(planCode);
  const done = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan.id, autopay: false });
  if (!done.ok) throw new Error(done.error);
  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, done.value.customerId));
  return { clockId: clock.id, customerId: done.value.customerId, sub: sub! };
}

async function reload(id: string) {
  return (await db.select().from(subscriptions).where(eq(subscriptions.id, id)))[0]!;
}


describe('a customer stops at the end of the term', () => {
  test('the engine ends it at the period end and not before; the reason is stored; confirmed by e-mail in their language', async () => {
    const { clockId, customerId, sub } = await subscribed('snack-box-monthly', 'self stop');
    await db.update(customers).set({ locale: 'nb' }).where(eq(customers.id, customerId));
    await advanceTestClock({ clockId, to: MAR_10 });

    const stopped = await scheduleSubscriptionStop({ customerId, subscriptionId: sub.id, reason: 'too_expensive', note: 'Cheaper elsewhere', now: MAR_10 });
    expect(stopped).toEqual({ ok: true, value: { endsAt: sub.currentPeriodEnd } });
    expect(await reload(sub.id)).toMatchObject({
      status: 'active',
      cancelAtPeriodEnd: true,
      stopReason: 'too_expensive',
      stopReasonNote: 'Cheaper elsewhere',
      stopRequestedAt: MAR_10,
      nextAction: 'end:canceled',
      nextActionAt: sub.currentPeriodEnd,
    });
    const [customer] = await db.select().from(customers).where(eq(customers.id, customerId));
    const mails = await db.select().from(emailOutbox).where(and(eq(emailOutbox.template, 'subscription-stop'), eq(emailOutbox.toAddress, customer!.email)));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ locale: 'nb' });
    expect(mails[0]!.subject).toContain('avsluttes');
    const events = await db.select().from(domainEvents).where(eq(domainEvents.subjectId, sub.id));
    expect(events.map((e) => e.name)).toContain('subscription/stop.scheduled');

    // Just before the end: still running, the next term never invoiced.
    await advanceTestClock({ clockId, to: new Date(sub.currentPeriodEnd.getTime() - 60_000) });
    expect(await reload(sub.id)).toMatchObject({ status: 'active' });
    expect(await db.select().from(invoices).where(and(eq(invoices.subscriptionId, sub.id), eq(invoices.term, 1)))).toHaveLength(0);

    await advanceTestClock({ clockId, to: new Date(sub.currentPeriodEnd.getTime() + 60_000) });
    expect(await reload(sub.id)).toMatchObject({ status: 'ended', endedAt: sub.currentPeriodEnd, nextAction: null });
    // The churn is recorded when the stop takes effect, not when it was asked for.
    const movements = await db.select().from(mrrMovements).where(eq(mrrMovements.subscriptionId, sub.id));
    const churn = movements.filter((m) => m.deltaMinor < 0);
    expect(churn).toHaveLength(1);
    expect(churn[0]).toMatchObject({ occurredAt: sub.currentPeriodEnd, mrrAfterMinor: 0 });
  });

  test('undone before the end, it keeps running and renews', async () => {
    const { clockId, customerId, sub } = await subscribed('snack-box-monthly', 'self stop undo');
    await advanceTestClock({ clockId, to: MAR_10 });
    expect((await scheduleSubscriptionStop({ customerId, subscriptionId: sub.id, reason: 'temporary', note: null, now: MAR_10 })).ok).toBe(true);
    const undone = await undoSubscriptionStop({ customerId, subscriptionId: sub.id, now: MAR_10 });
    expect(undone).toEqual({ ok: true, value: { renewsAt: sub.currentPeriodEnd } });
    // The reason stays for the merchant.
    expect(await reload(sub.id)).toMatchObject({ cancelAtPeriodEnd: false, canceledAt: null, stopReason: 'temporary' });
    expect(await undoSubscriptionStop({ customerId, subscriptionId: sub.id, now: MAR_10 })).toMatchObject({ ok: false, error: { code: 'not_scheduled' } });

    await advanceTestClock({ clockId, to: new Date(sub.currentPeriodEnd.getTime() + 60_000) });
    expect(await reload(sub.id)).toMatchObject({ status: 'active', currentTerm: 1 });
    expect(await db.select().from(invoices).where(and(eq(invoices.subscriptionId, sub.id), eq(invoices.term, 1)))).toHaveLength(1);
    const [customer] = await db.select().from(customers).where(eq(customers.id, customerId));
    const mails = await db.select().from(emailOutbox).where(and(eq(emailOutbox.template, 'subscription-stop'), eq(emailOutbox.toAddress, customer!.email)));
    expect(mails.map((m) => (m.props as { change: string }).change).sort()).toEqual(['scheduled', 'undone']);
  });
});

describe('refusals', () => {
  test('inside a commitment: refused, saying until when, and nothing changes', async () => {
    const { clockId, customerId, sub } = await subscribed('trendhouse-monthly', 'self stop commitment');
    await advanceTestClock({ clockId, to: MAR_10 });
    const refused = await scheduleSubscriptionStop({ customerId, subscriptionId: sub.id, reason: 'other', note: null, now: MAR_10 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'in_commitment', date: sub.commitmentEndsAt } });
    expect(sub.commitmentEndsAt).not.toBeNull();
    expect(await reload(sub.id)).toMatchObject({ cancelAtPeriodEnd: false, stopReason: null });
  });

  test('a term that ends with the commitment may stop (a yearly plan with a 12-month commitment)', async () => {
    const { clockId, customerId, sub } = await subscribed('trendhouse-yearly', 'self stop yearly');
    expect(sub.commitmentEndsAt).toEqual(sub.currentPeriodEnd);
    await advanceTestClock({ clockId, to: MAR_10 });
    expect(await scheduleSubscriptionStop({ customerId, subscriptionId: sub.id, reason: 'other', note: null, now: MAR_10 })).toMatchObject({ ok: true });
  });

  test('once the next term is invoiced: refused, nothing changes', async () => {
    const { clockId, customerId, sub } = await subscribed('snack-box-monthly', 'self stop late');
    const late = new Date('2026-03-26T12:00:00Z');
    await advanceTestClock({ clockId, to: late });
    const refused = await scheduleSubscriptionStop({ customerId, subscriptionId: sub.id, reason: 'other', note: null, now: late });
    expect(refused).toMatchObject({ ok: false, error: { code: 'next_term_invoiced' } });
    expect(await reload(sub.id)).toMatchObject({ cancelAtPeriodEnd: false });
  });

  test('forbidden for this customer, or for the whole shop', async () => {
    const { clockId, customerId, sub } = await subscribed('snack-box-monthly', 'self stop forbidden');
    await advanceTestClock({ clockId, to: MAR_10 });
    await db.update(customers).set({ canCancel: false }).where(eq(customers.id, customerId));
    expect(await scheduleSubscriptionStop({ customerId, subscriptionId: sub.id, reason: 'other', note: null, now: MAR_10 })).toMatchObject({
      ok: false,
      error: { code: 'not_allowed' },
    });
    await db.update(customers).set({ canCancel: true }).where(eq(customers.id, customerId));
    shop.customersCanStop = false;
    expect(await scheduleSubscriptionStop({ customerId, subscriptionId: sub.id, reason: 'other', note: null, now: MAR_10 })).toMatchObject({
      ok: false,
      error: { code: 'not_allowed' },
    });
    expect(await reload(sub.id)).toMatchObject({ cancelAtPeriodEnd: false, stopReason: null });
  });

  test('submitted twice at once: one stop, the other answers "already scheduled", one e-mail', async () => {
    const { clockId, customerId, sub } = await subscribed('snack-box-monthly', 'self stop twice');
    await advanceTestClock({ clockId, to: MAR_10 });
    const both = await Promise.all([
      scheduleSubscriptionStop({ customerId, subscriptionId: sub.id, reason: 'not_using', note: null, now: MAR_10 }),
      scheduleSubscriptionStop({ customerId, subscriptionId: sub.id, reason: 'switching', note: null, now: MAR_10 }),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.filter((r) => !r.ok)).toMatchObject([{ ok: false, error: { code: 'already_scheduled' } }]);
    const [customer] = await db.select().from(customers).where(eq(customers.id, customerId));
    expect(await db.select().from(emailOutbox).where(and(eq(emailOutbox.template, 'subscription-stop'), eq(emailOutbox.toAddress, customer!.email)))).toHaveLength(1);
    const events = await db.select().from(domainEvents).where(and(eq(domainEvents.subjectId, sub.id), eq(domainEvents.name, 'subscription/stop.scheduled')));
    expect(events).toHaveLength(1);
  });

  test("another customer's subscription: not found, and nothing changes", async () => {
    const owner = await subscribed('snack-box-monthly', 'self stop owner');
    const stranger = await subscribed('snack-box-monthly', 'self stop stranger');
    await advanceTestClock({ clockId: owner.clockId, to: MAR_10 });
    expect(
      await scheduleSubscriptionStop({ customerId: stranger.customerId, subscriptionId: owner.sub.id, reason: 'other', note: null, now: MAR_10 }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await reload(owner.sub.id)).toMatchObject({ cancelAtPeriodEnd: false, stopReason: null });
    await scheduleSubscriptionStop({ customerId: owner.customerId, subscriptionId: owner.sub.id, reason: 'other', note: null, now: MAR_10 });
    expect(await undoSubscriptionStop({ customerId: stranger.customerId, subscriptionId: owner.sub.id, now: MAR_10 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await reload(owner.sub.id)).toMatchObject({ cancelAtPeriodEnd: true });
  });
});
