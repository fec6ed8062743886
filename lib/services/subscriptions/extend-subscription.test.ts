import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { customers, emailOutbox, invoiceLines, invoices, subscriptions } from '@/db/schema';
import { auditEntriesOf, createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { planByCode } from '@/test/support/checkout-fixtures';
import { extendSubscription } from './extend-subscription';

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

const START = new Date('3712-05-01T09:00:00Z');

async function subscribed(clockId: string) {
  const done = await subscribeSimulatedCustomer({ clockId, planId: (await planByCode('trendhouse-monthly')).id });
  if (!done.ok) throw new Error(done.error);
  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, done.value.customerId));
  return sub!;
}
const reread = async (id: string) => (await db.select().from(subscriptions).where(eq(subscriptions.id, id)))[0]!;
const termInvoice = (subscriptionId: string, term: number) =>
  db.select().from(invoices).where(and(eq(invoices.subscriptionId, subscriptionId), eq(invoices.term, term)));

describe('staff extend a subscription as a goodwill gesture', () => {
  test('the term ends N days later, the next renewal is invoiced and starts from there, the commitment moves; audited', async () => {
    const staff = await createStaffUser('admin');
    const clock = await createTestClock({ name: 'extend', startAt: START });
    const sub = await subscribed(clock.id);
    expect(sub.currentPeriodEnd.toISOString()).toBe('3712-06-01T09:00:00.000Z');

    const extended = await extendSubscription({ customerId: sub.customerId, subscriptionId: sub.id, days: 10, staffUserId: staff.id });
    expect(extended).toEqual({ ok: true, value: { currentPeriodEnd: new Date('3712-06-11T09:00:00Z'), previousPeriodEnd: sub.currentPeriodEnd } });
    const after = await reread(sub.id);
    expect(after.currentPeriodEnd.toISOString()).toBe('3712-06-11T09:00:00.000Z');
    expect(after.commitmentEndsAt!.getTime() - sub.commitmentEndsAt!.getTime()).toBe(10 * 86_400_000);
    expect(await auditEntriesOf('subscription', sub.id)).toEqual([
      expect.objectContaining({ action: 'subscription.extend', actorUserId: staff.id, after: expect.objectContaining({ days: 10 }) }),
    ]);

    // The old timeline would have invoiced term 1 on May 25 (7 days before June 1): not any more.
    await advanceTestClock({ clockId: clock.id, to: new Date('3712-05-28T12:00:00Z') });
    expect(await termInvoice(sub.id, 1)).toEqual([]);
    // Seven days before the new end, term 1 is invoiced for June 11 – July 11, once.
    await advanceTestClock({ clockId: clock.id, to: new Date('3712-06-12T12:00:00Z') });
    const [renewal] = await termInvoice(sub.id, 1);
    const [line] = await db.select().from(invoiceLines).where(and(eq(invoiceLines.invoiceId, renewal!.id), eq(invoiceLines.kind, 'plan')));
    expect(line).toMatchObject({ periodStart: new Date('3712-06-11T09:00:00Z'), periodEnd: new Date('3712-07-11T09:00:00Z') });
    expect(await reread(sub.id)).toMatchObject({ currentTerm: 1, currentPeriodStart: new Date('3712-06-11T09:00:00Z') });
  });

  test('an unknown subscription, another customer’s, or a bad number of days is refused with the field named, and nothing is written', async () => {
    const staff = await createStaffUser('admin');
    const clock = await createTestClock({ name: 'extend refusals', startAt: START });
    const mine = await subscribed(clock.id);
    const theirs = await subscribed(clock.id);
    const ask = { customerId: mine.customerId, subscriptionId: mine.id, staffUserId: staff.id };
    expect(await extendSubscription({ ...ask, subscriptionId: crypto.randomUUID(), days: 5 })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'subscriptionId' } });
    expect(await extendSubscription({ ...ask, subscriptionId: theirs.id, days: 5 })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'subscriptionId' } });
    for (const days of [0, -1, 367]) {
      expect(await extendSubscription({ ...ask, days })).toMatchObject({ ok: false, error: { code: 'bad_days', field: 'days' } });
    }
    await db.update(subscriptions).set({ cancelAtPeriodEnd: true }).where(eq(subscriptions.id, mine.id));
    expect(await extendSubscription({ ...ask, days: 5 })).toMatchObject({ ok: false, error: { code: 'stopping' } });
    expect(await reread(mine.id)).toMatchObject({ currentPeriodEnd: mine.currentPeriodEnd, anchorAt: mine.anchorAt, nextActionAt: mine.nextActionAt });
    expect(await reread(theirs.id)).toMatchObject({ currentPeriodEnd: theirs.currentPeriodEnd, anchorAt: theirs.anchorAt });
    expect(await auditEntriesOf('subscription', mine.id)).toEqual([]);
    expect(await auditEntriesOf('subscription', theirs.id)).toEqual([]);
  });

  test('the customer is e-mailed the new dates in their language, and a renewal announced with the old dates is announced again', async () => {
    const staff = await createStaffUser('admin');
    const clock = await createTestClock({ name: 'extend notices', startAt: new Date('3836-05-01T09:00:00Z') });
    const sub = await subscribed(clock.id);
    await db.update(customers).set({ locale: 'nb' }).where(eq(customers.id, sub.customerId));
    const mail = async () => (await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, (await customerEmail(sub.customerId))))).map((m) => m.dedupeKey);
    // The term from June 1 is announced on May 18 (14 days before) with the old dates.
    await advanceTestClock({ clockId: clock.id, to: new Date('3836-05-20T12:00:00Z') });
    expect(await mail()).toContain(`term-announcement:${sub.id}:1`);

    expect(await extendSubscription({ customerId: sub.customerId, subscriptionId: sub.id, days: 10, staffUserId: staff.id })).toMatchObject({ ok: true });
    const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, await customerEmail(sub.customerId)));
    const notice = rows.find((m) => m.template === 'subscription-changed');
    expect(notice).toMatchObject({ locale: 'nb', props: expect.objectContaining({ change: 'extended', extendedDays: 10, effectiveAt: '3836-06-11T09:00:00.000Z' }) });
    expect(notice!.subject).toContain('forlenget');
    expect(notice!.text).toContain('10 dager');
    const again = rows.find((m) => m.dedupeKey === `term-announcement:${sub.id}:1:moved-3836-06-11T09:00:00.000Z`);
    expect(again).toMatchObject({ template: 'term-announcement', props: expect.objectContaining({ periodStart: '3836-06-11T09:00:00.000Z', periodEnd: '3836-07-11T09:00:00.000Z' }) });

    // A second extension moves the term again: announced once more, with its own dates.
    await extendSubscription({ customerId: sub.customerId, subscriptionId: sub.id, days: 2, staffUserId: staff.id });
    expect((await mail()).filter((k) => k.startsWith(`term-announcement:${sub.id}:1`))).toHaveLength(3);
  });

  test('before the renewal is announced, an extension sends the new dates but no second announcement', async () => {
    const staff = await createStaffUser('admin');
    const clock = await createTestClock({ name: 'extend before announce', startAt: new Date('3837-05-01T09:00:00Z') });
    const sub = await subscribed(clock.id);
    await extendSubscription({ customerId: sub.customerId, subscriptionId: sub.id, days: 5, staffUserId: staff.id });
    const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, await customerEmail(sub.customerId)));
    expect(rows.filter((m) => m.template === 'subscription-changed')).toHaveLength(1);
    expect(rows.filter((m) => m.template === 'term-announcement')).toEqual([]);
    // The announcement, when it comes, has the new dates under its usual key.
    await advanceTestClock({ clockId: clock.id, to: new Date('3837-05-25T12:00:00Z') });
    const [announcement] = await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `term-announcement:${sub.id}:1`));
    expect(announcement!.props).toMatchObject({ periodStart: '3837-06-06T09:00:00.000Z' });
  });
});

async function customerEmail(customerId: string): Promise<string> {
  const [row] = await db.select({ email: customers.email }).from(customers).where(eq(customers.id, customerId));
  return row!.email;
}
