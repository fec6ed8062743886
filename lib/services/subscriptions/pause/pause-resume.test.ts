import { and, asc, eq, gte } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { customers, domainEvents, emailOutbox, invoiceLines, invoices, mrrMovements, subscriptions } from '@/db/schema';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { planByCode } from '@/test/support/checkout-fixtures';
import { pauseSubscription } from './pause-subscription';
import { resumeSubscription } from './resume-subscription';

// The shop-wide switches as these tests set them, instead of the shared row (test files run in
// parallel against one database).
const shop = vi.hoisted(() => ({ customersCanPause: true, maxPauseTerms: 12 }));
vi.mock('@/lib/services/settings/get-shop-settings', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/services/settings/get-shop-settings')>();
  return { getShopSettings: async (...args: Parameters<typeof real.getShopSettings>) => ({ ...(await real.getShopSettings(...args)), ...shop }) };
});

beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  shop.customersCanPause = true;
  shop.maxPauseTerms = 12;
});
afterEach(() => vi.unstubAllEnvs());

// Far-future dates of their own, in summer time all through (Europe/Amsterdam: 09:00Z stays 11:00).
const START = new Date('3000-05-01T09:00:00Z');
const d = (iso: string) => new Date(iso);

/** A simulated customer on a fresh test clock with one paid monthly subscription (term 0: May 1 – Jun 1). */
async function subscribed(name: string) {
  const clock = await createTestClock({ name, startAt: START });
  const plan = await planByCode('snack-box-monthly');
  // Autopay: the renewal invoices are paid as they come (no reminders in the way).
  const done = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan.id, autopay: true });
  if (!done.ok) throw new Error(done.error);
  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, done.value.customerId));
  const customer = { kind: 'customer', customerId: done.value.customerId } as const;
  return { clockId: clock.id, customerId: done.value.customerId, customer, sub: sub! };
}
const reload = async (id: string) => (await db.select().from(subscriptions).where(eq(subscriptions.id, id)))[0]!;
const renewalInvoices = (id: string) =>
  db
    .select({ term: invoices.term, issuedAt: invoices.issuedAt, periodStart: invoiceLines.periodStart, periodEnd: invoiceLines.periodEnd })
    .from(invoices)
    .innerJoin(invoiceLines, eq(invoiceLines.invoiceId, invoices.id))
    .where(and(eq(invoices.subscriptionId, id), gte(invoices.term, 1)))
    .orderBy(asc(invoices.term), asc(invoiceLines.position));
const mails = async (customerId: string) => {
  const [c] = await db.select().from(customers).where(eq(customers.id, customerId));
  return db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.template, 'subscription-pause'), eq(emailOutbox.toAddress, c!.email)))
    .orderBy(asc(emailOutbox.createdAt));
};
// The pause's own events (the subscription also has others, such as subscription/created).
const eventsOf = async (id: string) =>
  (await db.select().from(domainEvents).where(eq(domainEvents.subjectId, id)).orderBy(asc(domainEvents.id))).filter(
    (e) => e.name === 'subscription/paused' || e.name === 'subscription/resumed',
  );

describe('a pause of N terms', () => {
  test('starts at the end of the paid term, makes no invoice while paused, and resumes by itself with the dates moved', async () => {
    const { clockId, customerId, customer, sub } = await subscribed('pause two terms');
    expect(sub.currentPeriodEnd).toEqual(d('3000-06-01T09:00:00Z'));
    await advanceTestClock({ clockId, to: d('3000-05-10T12:00:00Z') });

    const paused = await pauseSubscription({ subscriptionId: sub.id, actor: customer, terms: 2, now: d('3000-05-10T12:00:00Z') });
    expect(paused).toEqual({ ok: true, value: { startsAt: d('3000-06-01T09:00:00Z'), resumesAt: d('3000-08-01T09:00:00Z') } });
    expect(await reload(sub.id)).toMatchObject({ status: 'active', pauseAtPeriodEnd: true, pauseTerms: 2, nextAction: 'pause', nextActionAt: d('3000-06-01T09:00:00Z') });
    expect((await mails(customerId)).map((m) => m.subject)).toEqual([expect.stringContaining('pauses on')]);
    expect((await eventsOf(sub.id)).map((e) => [e.name, e.payload])).toEqual([
      ['subscription/paused', expect.objectContaining({ terms: 2, by: 'customer', resumesAt: '3000-08-01T09:00:00.000Z' })],
    ]);

    // The paid term runs to its end: no announcement or invoice of term 1 before it.
    await advanceTestClock({ clockId, to: d('3000-06-01T09:01:00Z') });
    expect(await reload(sub.id)).toMatchObject({ status: 'paused', pausedAt: d('3000-06-01T09:00:00Z'), nextAction: 'resume', nextActionAt: d('3000-08-01T09:00:00Z') });
    const movements = await db.select().from(mrrMovements).where(eq(mrrMovements.subscriptionId, sub.id)).orderBy(asc(mrrMovements.id));
    expect(movements.at(-1)).toMatchObject({ occurredAt: d('3000-06-01T09:00:00Z'), mrrAfterMinor: 0 });

    // Two months paused: nothing invoiced.
    await advanceTestClock({ clockId, to: d('3000-07-31T21:00:00Z') });
    expect(await renewalInvoices(sub.id)).toEqual([]);
    expect(await reload(sub.id)).toMatchObject({ status: 'paused' });

    // Resumed by itself; term 1 runs Aug 1 – Sep 1, the next on the 1st again.
    await advanceTestClock({ clockId, to: d('3000-09-01T09:01:00Z') });
    const after = await reload(sub.id);
    expect(after).toMatchObject({ status: 'active', anchorAt: sub.anchorAt, anchorTerm: -2, pausedAt: null, pauseResumesAt: null, resumedAt: d('3000-08-01T09:00:00Z') });
    expect(after).toMatchObject({ currentTerm: 2, currentPeriodStart: d('3000-09-01T09:00:00Z'), currentPeriodEnd: d('3000-10-01T09:00:00Z') });
    expect(await renewalInvoices(sub.id)).toMatchObject([
      { term: 1, issuedAt: d('3000-08-01T09:00:00Z'), periodStart: d('3000-08-01T09:00:00Z'), periodEnd: d('3000-09-01T09:00:00Z') },
      { term: 2, periodStart: d('3000-09-01T09:00:00Z'), periodEnd: d('3000-10-01T09:00:00Z') },
    ]);
    expect((await eventsOf(sub.id)).map((e) => e.name)).toEqual(['subscription/paused', 'subscription/resumed']);
    expect((await eventsOf(sub.id))[1]!.payload).toMatchObject({ by: 'schedule', nextTermStartsAt: '3000-08-01T09:00:00.000Z' });
    expect((await mails(customerId)).map((m) => m.subject)).toEqual([expect.stringContaining('pauses on'), expect.stringContaining('continues')]);
    const back = await db.select().from(mrrMovements).where(eq(mrrMovements.subscriptionId, sub.id)).orderBy(asc(mrrMovements.id));
    expect(back.at(-1)).toMatchObject({ occurredAt: d('3000-08-01T09:00:00Z') });
    expect(back.at(-1)!.mrrAfterMinor).toBe(movements.at(-2)!.mrrAfterMinor);
  });
});

describe('a pause until resumed', () => {
  test('resumed by hand: the next term starts at the resume and is invoiced then; the commitment moves by the days paused', async () => {
    const { clockId, customer, sub } = await subscribed('pause until resumed');
    await db.update(subscriptions).set({ commitmentEndsAt: d('3000-09-01T09:00:00Z') }).where(eq(subscriptions.id, sub.id));
    expect(await pauseSubscription({ subscriptionId: sub.id, actor: customer, terms: null, now: START })).toMatchObject({ ok: true, value: { resumesAt: null } });
    await advanceTestClock({ clockId, to: d('3000-08-15T12:00:00Z') });
    expect(await reload(sub.id)).toMatchObject({ status: 'paused', nextAction: null });
    expect(await renewalInvoices(sub.id)).toEqual([]);

    const resumed = await resumeSubscription({ subscriptionId: sub.id, actor: customer, now: d('3000-08-15T12:00:00Z') });
    expect(resumed).toEqual({ ok: true, value: { nextTermStartsAt: d('3000-08-15T12:00:00Z'), wasRunning: true } });
    // Paused Jun 1 09:00 → Aug 15 12:00: 75 days (rounded), the commitment with it (its local time kept).
    expect(await reload(sub.id)).toMatchObject({ status: 'active', anchorAt: d('3000-08-15T12:00:00Z'), anchorTerm: 1, commitmentEndsAt: d('3000-11-15T10:00:00Z') });
    await advanceTestClock({ clockId, to: d('3000-08-15T12:01:00Z') });
    expect(await renewalInvoices(sub.id)).toMatchObject([{ term: 1, issuedAt: d('3000-08-15T12:00:00Z'), periodStart: d('3000-08-15T12:00:00Z'), periodEnd: d('3000-09-15T12:00:00Z') }]);
    expect(await reload(sub.id)).toMatchObject({ currentTerm: 1, currentPeriodEnd: d('3000-09-15T12:00:00Z') });
  });

  test('a pause not begun yet is called off: nothing moves, the term renews as before', async () => {
    const { clockId, customer, sub } = await subscribed('pause called off');
    await pauseSubscription({ subscriptionId: sub.id, actor: customer, terms: 3, now: START });
    expect(await resumeSubscription({ subscriptionId: sub.id, actor: customer, now: START })).toEqual({
      ok: true,
      value: { nextTermStartsAt: d('3000-06-01T09:00:00Z'), wasRunning: false },
    });
    expect(await reload(sub.id)).toMatchObject({ status: 'active', pauseAtPeriodEnd: false, anchorTerm: 0, nextAction: 'announce' });
    await advanceTestClock({ clockId, to: d('3000-06-01T09:01:00Z') });
    expect(await renewalInvoices(sub.id)).toMatchObject([{ term: 1, periodStart: d('3000-06-01T09:00:00Z') }]);
  });
});

describe('refused with a reason, nothing written', () => {
  test.each([
    ['0 terms', 0, 'bad_terms'],
    ['1,000 terms', 1000, 'bad_terms'],
    ['more than the merchant allows', 13, 'bad_terms'],
  ])('%s', async (_name, terms, code) => {
    const { customerId, customer, sub } = await subscribed(`pause refused ${terms}`);
    const refused = await pauseSubscription({ subscriptionId: sub.id, actor: customer, terms, now: START });
    expect(refused).toMatchObject({ ok: false, error: { code, max: 12 } });
    expect(await reload(sub.id)).toEqual(sub);
    expect(await mails(customerId)).toEqual([]);
  });

  test('resuming an active subscription; pausing twice; another customer’s subscription', async () => {
    const { customer, sub } = await subscribed('pause refused states');
    const other = await subscribed('pause refused other');
    expect(await resumeSubscription({ subscriptionId: sub.id, actor: customer, now: START })).toMatchObject({ ok: false, error: { code: 'not_paused' } });
    expect(await pauseSubscription({ subscriptionId: other.sub.id, actor: customer, terms: 1, now: START })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await reload(other.sub.id)).toEqual(other.sub);
    expect(await pauseSubscription({ subscriptionId: sub.id, actor: customer, terms: 1, now: START })).toMatchObject({ ok: true });
    expect(await pauseSubscription({ subscriptionId: sub.id, actor: customer, terms: 1, now: START })).toMatchObject({ ok: false, error: { code: 'already_paused' } });
  });

  test('two submissions at once: one pause, one refusal, one e-mail', async () => {
    const { customerId, customer, sub } = await subscribed('pause double submit');
    const both = await Promise.all([1, 2].map(() => pauseSubscription({ subscriptionId: sub.id, actor: customer, terms: 2, now: START })));
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.filter((r) => !r.ok)).toMatchObject([{ error: { code: 'already_paused' } }]);
    expect(await mails(customerId)).toHaveLength(1);
    expect((await eventsOf(sub.id)).map((e) => e.name)).toEqual(['subscription/paused']);
  });

  test('the merchant forbids it for the shop or the customer; staff may still pause and resume', async () => {
    const { customerId, customer, sub } = await subscribed('pause forbidden');
    shop.customersCanPause = false;
    expect(await pauseSubscription({ subscriptionId: sub.id, actor: customer, terms: 1, now: START })).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
    shop.customersCanPause = true;
    await db.update(customers).set({ canPause: false }).where(eq(customers.id, customerId));
    expect(await pauseSubscription({ subscriptionId: sub.id, actor: customer, terms: 1, now: START })).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
    const staff = await createStaffUser('admin');
    expect(await pauseSubscription({ subscriptionId: sub.id, actor: { kind: 'staff', staffUserId: staff.id }, terms: 1, now: START })).toMatchObject({ ok: true });
    expect(await resumeSubscription({ subscriptionId: sub.id, actor: customer, now: START })).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
    expect(await resumeSubscription({ subscriptionId: sub.id, actor: { kind: 'staff', staffUserId: staff.id }, now: START })).toMatchObject({ ok: true });
  });
});
