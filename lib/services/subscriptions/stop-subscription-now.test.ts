import { and, eq } from 'drizzle-orm';
import { describe, expect, test, vi, beforeEach, afterEach } from 'vitest';
import { db } from '@/db/client';
import { creditNotes, invoices, subscriptions } from '@/db/schema';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { planByCode } from '@/test/support/checkout-fixtures';
import { applyPayment } from '@/lib/services/payments/apply-payment';
import { stopSubscriptionNow } from './stop-subscription-now';
import { balanceIn } from '@/lib/services/payments/payment-test-fixtures';

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

describe('stopping a paid subscription by hand', () => {
  test('ends it now, voids the next term invoiced ahead, and credits the unused days to the balance', async () => {
    const clock = await createTestClock({ name: 'stop', startAt: new Date('2026-03-01T09:00:00Z') });
    const plan = await planByCode('trendhouse-monthly');
    const subscribed = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan.id, autopay: false });
    if (!subscribed.ok) throw new Error(subscribed.error);
    // Mar 25: term 0 (Mar 1 – Apr 1) paid at checkout; term 1 already invoiced (Mar 25).
    await advanceTestClock({ clockId: clock.id, to: new Date('2026-03-25T12:00:00Z') });
    const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, subscribed.value.customerId));
    const [ahead] = await db.select().from(invoices).where(and(eq(invoices.subscriptionId, sub!.id), eq(invoices.term, 1)));
    expect(ahead!.status).toBe('open');

    const stopped = await stopSubscriptionNow({ subscriptionId: sub!.id, staffUserId: null, now: new Date('2026-03-25T12:00:00Z') });
    if (!stopped.ok) throw new Error(stopped.error);
    // Mar 25 counts as used: Mar 26–31 are the 6 unused days of 31; 3200 × 6 / 31 = 619.35 → 619.
    expect(stopped.value).toMatchObject({ creditedMinor: 619, reducedOpenMinor: 0, voidedInvoices: 1 });

    const [after] = await db.select().from(subscriptions).where(eq(subscriptions.id, sub!.id));
    expect(after).toMatchObject({ status: 'ended', nextAction: null });
    expect((await db.select().from(invoices).where(eq(invoices.id, ahead!.id)))[0]!.status).toBe('void');
    expect(await balanceIn(subscribed.value.customerId)).toBe(stopped.value.creditedMinor);
    expect(await db.select().from(creditNotes).where(eq(creditNotes.customerId, subscribed.value.customerId))).toHaveLength(1);

    // Stopping again is refused and changes nothing.
    const again = await stopSubscriptionNow({ subscriptionId: sub!.id, staffUserId: null, now: new Date('2026-03-26T12:00:00Z') });
    expect(again).toMatchObject({ ok: false, error: expect.stringContaining('nothing to stop') });
    expect(await balanceIn(subscribed.value.customerId)).toBe(stopped.value.creditedMinor);
  });
});

describe('stopping with the next term invoiced and partly paid', () => {
  test('the next invoice owes nothing more and its paid part goes to the balance', async () => {
    const clock = await createTestClock({ name: 'stop partly paid', startAt: new Date('2026-03-01T09:00:00Z') });
    const plan = await planByCode('trendhouse-monthly');
    const subscribed = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan.id, autopay: false });
    if (!subscribed.ok) throw new Error(subscribed.error);
    await advanceTestClock({ clockId: clock.id, to: new Date('2026-03-25T12:00:00Z') });
    const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, subscribed.value.customerId));
    const [ahead] = await db.select().from(invoices).where(and(eq(invoices.subscriptionId, sub!.id), eq(invoices.term, 1)));
    const at = new Date('2026-03-25T12:00:00Z');
    await db.transaction((tx) =>
      applyPayment(tx, { invoiceId: ahead!.id, amountMinor: 1000, currency: 'EUR', at, source: 'manual', method: 'bank_transfer' }),
    );

    const stopped = await stopSubscriptionNow({ subscriptionId: sub!.id, staffUserId: null, now: at });
    if (!stopped.ok) throw new Error(stopped.error);
    // 619 unused of term 0 (as above) plus the €10.00 paid towards term 1; the €22.00 it still
    // owed is taken off it.
    expect(stopped.value).toMatchObject({ creditedMinor: 619 + 1000, reducedOpenMinor: 2200, voidedInvoices: 0 });
    const [settled] = await db.select().from(invoices).where(eq(invoices.id, ahead!.id));
    expect(settled).toMatchObject({ status: 'paid', creditedMinor: 3200, nextDunningAt: null });
    expect(await balanceIn(subscribed.value.customerId)).toBe(1619);
  });
});

describe('stopping while the running term is still unpaid', () => {
  test('the unused days are taken off the open invoice, and nothing is said to reach the balance', async () => {
    const clock = await createTestClock({ name: 'stop unpaid', startAt: new Date('2026-03-01T09:00:00Z') });
    const plan = await planByCode('trendhouse-monthly');
    const subscribed = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan.id, autopay: false });
    if (!subscribed.ok) throw new Error(subscribed.error);
    // Apr 10: term 1 (Apr 1 – May 1) issued on Apr 1 and not paid.
    const at = new Date('2026-04-10T12:00:00Z');
    await advanceTestClock({ clockId: clock.id, to: at });
    const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, subscribed.value.customerId));
    const [running] = await db.select().from(invoices).where(and(eq(invoices.subscriptionId, sub!.id), eq(invoices.term, 1)));
    expect(running!.status).toBe('open');

    const stopped = await stopSubscriptionNow({ subscriptionId: sub!.id, staffUserId: null, now: at });
    if (!stopped.ok) throw new Error(stopped.error);
    // Apr 11–30 are the 20 unused days of 30: 3200 × 20 / 30 = 2133.33 → 2133, off what it owes.
    expect(stopped.value).toMatchObject({ creditedMinor: 0, reducedOpenMinor: 2133, voidedInvoices: 0 });
    expect(await db.select().from(invoices).where(eq(invoices.id, running!.id))).toMatchObject([{ status: 'open', creditedMinor: 2133 }]);
    expect(await balanceIn(subscribed.value.customerId)).toBe(0);
  });
});
