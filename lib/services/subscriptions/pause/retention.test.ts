import crypto from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { coupons, customers, domainEvents, emailOutbox, mrrMovements, retentionOffers, subscriptions } from '@/db/schema';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { planByCode } from '@/test/support/checkout-fixtures';
import { scheduleSubscriptionStop } from '../schedule-subscription-stop';
import { acceptRetentionCoupon, recordRetentionDeclined } from './accept-retention-coupon';
import { pauseSubscription } from './pause-subscription';
import { writeRetentionRow } from './write-retention-row';

// The shop's retention settings as these tests set them (the shared row is left alone).
const shop = vi.hoisted(() => ({ customersCanPause: true, customersCanStop: true, retentionCouponId: null as string | null }));
vi.mock('@/lib/services/settings/get-shop-settings', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/services/settings/get-shop-settings')>();
  return { getShopSettings: async (...args: Parameters<typeof real.getShopSettings>) => ({ ...(await real.getShopSettings(...args)), ...shop }) };
});

const NOW = new Date('3002-05-03T10:00:00Z');
let couponId: string;
beforeEach(async () => {
  vi.stubEnv('RESEND_API_KEY', '');
  const [coupon] = await db
    .insert(coupons)
    .values({ code: `STAY-${crypto.randomBytes(4).toString('hex').toUpperCase()}`, kind: 'percent', percentOff: 20, duration: 'repeating', durationTerms: 3 })
    .returning();
  couponId = coupon!.id;
  Object.assign(shop, { customersCanPause: true, customersCanStop: true, retentionCouponId: couponId });
});
afterEach(() => vi.unstubAllEnvs());

async function subscribed(name: string) {
  const clock = await createTestClock({ name, startAt: new Date('3002-05-01T09:00:00Z') });
  const done = await subscribeSimulatedCustomer({ clockId: clock.id, planId: (await planByCode('snack-box-monthly')).id, autopay: false });
  if (!done.ok) throw new Error(done.error);
  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, done.value.customerId));
  return { customerId: done.value.customerId, sub: sub! };
}
const answers = (subscriptionId: string) => db.select().from(retentionOffers).where(eq(retentionOffers.subscriptionId, subscriptionId)).orderBy(asc(retentionOffers.createdAt));

describe('the retention offer when a customer chooses to stop', () => {
  test('staying with the coupon: it discounts the next invoices, MRR moves, the answer is kept, and an e-mail confirms it', async () => {
    const { customerId, sub } = await subscribed('retention coupon');
    const before = await db.select().from(mrrMovements).where(eq(mrrMovements.subscriptionId, sub.id));
    expect(await acceptRetentionCoupon({ customerId, subscriptionId: sub.id, now: NOW })).toMatchObject({ ok: true });
    expect((await db.select().from(subscriptions).where(eq(subscriptions.id, sub.id)))[0]).toMatchObject({ couponId, couponUses: 0 });
    expect(await answers(sub.id)).toMatchObject([{ offered: ['pause', 'coupon'], couponId, outcome: 'coupon' }]);
    const after = await db.select().from(mrrMovements).where(eq(mrrMovements.subscriptionId, sub.id));
    expect(after.length).toBe(before.length + 1);
    expect(after.at(-1)!.deltaMinor).toBeLessThan(0);
    const [customer] = await db.select().from(customers).where(eq(customers.id, customerId));
    const mails = await db.select().from(emailOutbox).where(and(eq(emailOutbox.toAddress, customer!.email), eq(emailOutbox.template, 'subscription-pause')));
    expect(mails.map((m) => m.text)).toEqual([expect.stringContaining('20% off on your next 3 invoices')]);
    // The dashboard and the webhooks hear of it: one event, naming the coupon.
    const events = await db.select().from(domainEvents).where(and(eq(domainEvents.subjectId, sub.id), eq(domainEvents.name, 'subscription/retention.accepted')));
    expect(events.map((e) => e.payload)).toEqual([{ subscriptionId: sub.id, customerId, couponId, couponCode: expect.stringMatching(/^STAY-/) }]);
    // Once: the subscription carries a coupon now, so it is no longer on offer.
    expect(await acceptRetentionCoupon({ customerId, subscriptionId: sub.id, now: NOW })).toMatchObject({ ok: false, error: { code: 'no_offer' } });
  });

  test('not on offer (no coupon set, or another customer’s subscription): refused, nothing written', async () => {
    const { customerId, sub } = await subscribed('retention none');
    const other = await subscribed('retention other');
    expect(await acceptRetentionCoupon({ customerId, subscriptionId: other.sub.id, now: NOW })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    shop.retentionCouponId = null;
    expect(await acceptRetentionCoupon({ customerId, subscriptionId: sub.id, now: NOW })).toMatchObject({ ok: false, error: { code: 'no_offer' } });
    expect(await answers(sub.id)).toEqual([]);
    expect((await db.select().from(subscriptions).where(eq(subscriptions.id, sub.id)))[0]!.couponId).toBeNull();
    expect(await db.select().from(domainEvents).where(and(eq(domainEvents.subjectId, sub.id), eq(domainEvents.name, 'subscription/retention.accepted')))).toEqual([]);
  });

  test('the coupon counts as redeemed, and a capped one runs out: the next customer is refused and keeps their subscription as it was', async () => {
    await db.update(coupons).set({ maxRedemptions: 1 }).where(eq(coupons.id, couponId));
    const first = await subscribed('retention cap first');
    const second = await subscribed('retention cap second');
    expect(await acceptRetentionCoupon({ customerId: first.customerId, subscriptionId: first.sub.id, now: NOW })).toMatchObject({ ok: true });
    expect((await db.select().from(coupons).where(eq(coupons.id, couponId)))[0]!.timesRedeemed).toBe(1);
    expect(await acceptRetentionCoupon({ customerId: second.customerId, subscriptionId: second.sub.id, now: NOW })).toMatchObject({
      ok: false,
      error: { code: 'no_offer' },
    });
    expect((await db.select().from(subscriptions).where(eq(subscriptions.id, second.sub.id)))[0]!.couponId).toBeNull();
    expect(await answers(second.sub.id)).toEqual([]);
    expect((await db.select().from(coupons).where(eq(coupons.id, couponId)))[0]!.timesRedeemed).toBe(1);
  });

  test('pausing instead, or stopping anyway: what was offered and chosen is kept for the merchant', async () => {
    const paused = await subscribed('retention pause');
    const pause = await pauseSubscription({
      subscriptionId: paused.sub.id,
      actor: { kind: 'customer', customerId: paused.customerId },
      terms: 1,
      now: NOW,
      inTx: async (tx, locked) => void (await writeRetentionRow(tx, locked, { outcome: 'pause', now: NOW })),
    });
    expect(pause.ok).toBe(true);
    expect(await answers(paused.sub.id)).toMatchObject([{ offered: ['pause', 'coupon'], outcome: 'pause' }]);

    const stopped = await subscribed('retention stop');
    expect((await scheduleSubscriptionStop({ customerId: stopped.customerId, subscriptionId: stopped.sub.id, reason: 'too_expensive', note: null, now: NOW })).ok).toBe(true);
    await recordRetentionDeclined({ customerId: stopped.customerId, subscriptionId: stopped.sub.id, now: NOW });
    expect(await answers(stopped.sub.id)).toMatchObject([{ offered: ['pause', 'coupon'], outcome: 'stop' }]);
  });
});
