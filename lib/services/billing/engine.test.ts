import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { billingActions, invoiceLines, invoices, payments, plans, subscriptions } from '@/db/schema';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { planByCode } from '@/test/support/checkout-fixtures';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { markInvoicePaid } from './mark-invoice-paid';
import { tick } from './tick';

async function simulate(planCode: string, start: string, options: { autopay?: boolean; couponCode?: string } = {}) {
  const clock = await createTestClock({ name: `engine ${planCode}`, startAt: new Date(start) });
  const plan = await planByCode(planCode);
  const subscribed = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan.id, ...options });
  if (!subscribed.ok) throw new Error(subscribed.error);
  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, subscribed.value.customerId));
  return { clock, sub: sub!, customerId: subscribed.value.customerId };
}

const invoicesOf = (customerId: string) =>
  db.select().from(invoices).where(eq(invoices.customerId, customerId)).orderBy(asc(invoices.sequenceNumber));
const subscriptionOf = async (id: string) => (await db.select().from(subscriptions).where(eq(subscriptions.id, id)))[0]!;

describe('billing engine on a test clock', () => {
  test('Trendhouse monthly from Jan 31, invoiced by e-mail: announce, invoice and issue each term on its own date', async () => {
    const { clock, sub, customerId } = await simulate('trendhouse-monthly', '2026-01-31T10:00:00Z', { autopay: false });
    expect(sub).toMatchObject({ status: 'active', currentTerm: 0, nextAction: 'announce', nextActionTerm: 1 });

    await advanceTestClock({ clockId: clock.id, to: new Date('2026-03-01T12:00:00Z') });
    const after = await subscriptionOf(sub.id);
    expect(after.currentTerm).toBe(1);
    // Anchored on Jan 31: term 1 is Feb 28 – Mar 31 (not Mar 28), in the shop's time zone.
    expect(after.currentPeriodStart.toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(after.currentPeriodEnd.toISOString()).toBe('2026-03-31T09:00:00.000Z'); // CEST from Mar 29

    const all = await invoicesOf(customerId);
    expect(all).toHaveLength(2); // the checkout invoice and term 1
    const term1 = all.find((i) => i.term === 1)!;
    expect(term1).toMatchObject({ status: 'open', totalMinor: 3200, subscriptionId: sub.id });
    expect(term1.issuedAt!.toISOString()).toBe('2026-02-21T10:00:00.000Z'); // 7 days before the term
    expect(term1.dueAt!.toISOString()).toBe('2026-03-14T10:00:00.000Z'); // 14 days after issue

    const log = await db
      .select({ term: billingActions.term, action: billingActions.action })
      .from(billingActions)
      .where(eq(billingActions.subscriptionId, sub.id))
      .orderBy(asc(billingActions.dueAt));
    expect(log).toEqual([
      { term: 1, action: 'announce' },
      { term: 1, action: 'invoice' },
      { term: 1, action: 'issue' },
    ]);
  });

  test('an unpaid invoice is reminded (fee as a line), suspends the subscription, and payment restores it', async () => {
    const { clock, sub, customerId } = await simulate('trendhouse-monthly', '2026-01-31T10:00:00Z', { autopay: false });
    await advanceTestClock({ clockId: clock.id, to: new Date('2026-04-05T12:00:00Z') });
    const suspended = await subscriptionOf(sub.id);
    expect(suspended.status).toBe('suspended');
    expect(suspended.nextActionAt).toBeNull(); // no new terms while suspended

    const term1 = (await invoicesOf(customerId)).find((i) => i.term === 1)!;
    const lines = await db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, term1.id));
    expect(lines.filter((l) => l.kind === 'reminder_fee').map((l) => l.amountMinor)).toEqual([250]);
    expect(term1.totalMinor).toBe(3450);
    expect(term1.subtotalMinor + term1.taxMinor).toBe(term1.totalMinor);

    const settings = await getShopSettings(db);
    await db.transaction((tx) =>
      markInvoicePaid(tx, { invoiceId: term1.id, amountMinor: 3450, at: new Date('2026-04-06T09:00:00Z'), timeZone: settings.timeZone }),
    );
    const restored = await subscriptionOf(sub.id);
    expect(restored.status).toBe('active');
    expect(restored.suspendedAt).toBeNull();
    expect(restored.nextActionAt).not.toBeNull(); // renewals pick up again
  });

  test('autopay renews by charging the mandate every term', async () => {
    const { clock, sub, customerId } = await simulate('trendhouse-monthly', '2026-05-15T08:00:00Z');
    await advanceTestClock({ clockId: clock.id, to: new Date('2026-08-16T08:00:00Z') });
    const all = await invoicesOf(customerId);
    expect(all.map((i) => [i.term, i.status])).toEqual([
      [null, 'paid'],
      [1, 'paid'],
      [2, 'paid'],
      [3, 'paid'],
    ]);
    const charges = await db.select().from(payments).where(and(eq(payments.customerId, customerId), eq(payments.attempt, 1)));
    expect(charges.filter((p) => p.invoiceId && p.status === 'paid')).toHaveLength(4);
    expect((await subscriptionOf(sub.id)).currentTerm).toBe(3);
  });

  test('a trial ends on its day: the first term is invoiced and charged then', async () => {
    const { clock, sub, customerId } = await simulate('code-academy-monthly', '2026-03-01T09:00:00Z');
    expect(sub.status).toBe('trialing');
    await advanceTestClock({ clockId: clock.id, to: new Date('2026-03-16T09:00:00Z') });
    const after = await subscriptionOf(sub.id);
    expect(after.status).toBe('active');
    const term0 = (await invoicesOf(customerId)).find((i) => i.term === 0)!;
    expect(term0).toMatchObject({ status: 'paid', totalMinor: 2900 });
  });

  test('a campaign: the offer price for the offer terms (checkout included), then the list price', async () => {
    const trendhouse = await planByCode('trendhouse-monthly');
    const [campaign] = await db
      .insert(plans)
      .values({
        ...trendhouse,
        id: undefined,
        code: `campaign-${Date.now()}`,
        name: 'Summer offer',
        offerPriceMinor: 100,
        offerTerms: 2,
      })
      .returning();
    const clock = await createTestClock({ name: 'campaign', startAt: new Date('2026-06-01T08:00:00Z') });
    const subscribed = await subscribeSimulatedCustomer({ clockId: clock.id, planId: campaign!.id });
    if (!subscribed.ok) throw new Error(subscribed.error);
    await advanceTestClock({ clockId: clock.id, to: new Date('2026-09-02T08:00:00Z') });
    const all = await invoicesOf(subscribed.value.customerId);
    // Term 0 at checkout and term 1 on offer (€1.00), terms 2 and 3 at the list price.
    expect(all.map((i) => [i.term, i.totalMinor])).toEqual([
      [null, 100],
      [1, 100],
      [2, 3200],
      [3, 3200],
    ]);
    await db.update(plans).set({ active: false }).where(eq(plans.id, campaign!.id));
  });

  test('a campaign is frozen at checkout: editing the plan’s offer changes it for new subscribers only', async () => {
    const trendhouse = await planByCode('trendhouse-monthly');
    const [campaign] = await db
      .insert(plans)
      .values({ ...trendhouse, id: undefined, code: `frozen-${Date.now()}`, name: 'Spring offer', offerPriceMinor: 100, offerTerms: 2 })
      .returning();
    const clock = await createTestClock({ name: 'frozen offer', startAt: new Date('2026-06-01T08:00:00Z') });
    const before = await subscribeSimulatedCustomer({ clockId: clock.id, planId: campaign!.id });
    if (!before.ok) throw new Error(before.error);
    // The merchant makes the offer dearer and longer; a customer subscribing now gets the new one.
    await db.update(plans).set({ offerPriceMinor: 2500, offerTerms: 3 }).where(eq(plans.id, campaign!.id));
    const after = await subscribeSimulatedCustomer({ clockId: clock.id, planId: campaign!.id });
    if (!after.ok) throw new Error(after.error);
    await advanceTestClock({ clockId: clock.id, to: new Date('2026-08-02T08:00:00Z') });

    const terms = async (customerId: string) => (await invoicesOf(customerId)).map((i) => [i.term, i.totalMinor]);
    expect(await terms(before.value.customerId)).toEqual([
      [null, 100],
      [1, 100],
      [2, 3200],
    ]);
    expect(await terms(after.value.customerId)).toEqual([
      [null, 2500],
      [1, 2500],
      [2, 2500],
    ]);
    await db.update(plans).set({ active: false }).where(eq(plans.id, campaign!.id));
  });

  test('a campaign with a next plan: after the offer the subscription moves to that plan, at its price', async () => {
    const trendhouse = await planByCode('trendhouse-monthly');
    const [premium] = await db
      .insert(plans)
      .values({ ...trendhouse, id: undefined, code: `premium-${Date.now()}`, name: 'Premium', priceMinor: 4500, active: false })
      .returning();
    const [campaign] = await db
      .insert(plans)
      .values({ ...trendhouse, id: undefined, code: `intro-${Date.now()}`, name: 'Intro', offerPriceMinor: 100, offerTerms: 2, nextPlanId: premium!.id })
      .returning();
    const clock = await createTestClock({ name: 'next plan', startAt: new Date('2026-06-01T08:00:00Z') });
    const subscribed = await subscribeSimulatedCustomer({ clockId: clock.id, planId: campaign!.id });
    if (!subscribed.ok) throw new Error(subscribed.error);
    await advanceTestClock({ clockId: clock.id, to: new Date('2026-09-02T08:00:00Z') });

    const all = await invoicesOf(subscribed.value.customerId);
    expect(all.map((i) => [i.term, i.totalMinor])).toEqual([
      [null, 100],
      [1, 100],
      [2, 4500],
      [3, 4500],
    ]);
    const [line] = await db
      .select()
      .from(invoiceLines)
      .where(and(eq(invoiceLines.invoiceId, all[2]!.id), eq(invoiceLines.kind, 'plan')));
    expect(line!.description).toContain('Premium');
    const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, subscribed.value.customerId));
    expect(sub).toMatchObject({ planId: premium!.id, unitPriceMinor: 4500 });
    await db.update(plans).set({ active: false }).where(eq(plans.id, campaign!.id));
  });

  test('a step that fails for one subscription records the error on it and the others go on', async () => {
    const clock = await createTestClock({ name: 'one breaks', startAt: new Date('2026-02-01T09:00:00Z') });
    const plan = await planByCode('trendhouse-monthly');
    const good = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan.id, autopay: false });
    const bad = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan.id, autopay: false });
    if (!good.ok || !bad.ok) throw new Error('subscribe failed');
    // Corrupt one subscription's price so that pricing its next term throws.
    await db.update(subscriptions).set({ unitPriceMinor: -1 }).where(eq(subscriptions.customerId, bad.value.customerId));

    const report = await advanceTestClock({ clockId: clock.id, to: new Date('2026-03-02T09:00:00Z') });
    const [broken] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, bad.value.customerId));
    expect(report.failed.map((f) => f.subscriptionId)).toEqual([broken!.id]);
    expect(broken!.lastError).toMatch(/.+/);
    expect(broken!.lastErrorAt).not.toBeNull();
    // The healthy subscriber was invoiced for term 1 all the same.
    expect((await invoicesOf(good.value.customerId)).map((i) => i.term)).toEqual([null, 1]);
    expect((await invoicesOf(bad.value.customerId)).map((i) => i.term)).toEqual([null]);
  });

  test('two sweeps at once and a replayed sweep produce the rows of one clean run', async () => {
    const { clock, customerId } = await simulate('trendhouse-quarterly', '2026-01-10T10:00:00Z', { autopay: false });
    const at = new Date('2026-04-20T00:00:00Z');
    const scope = { kind: 'test-clock' as const, clockId: clock.id };
    await Promise.all([tick({ now: at, scope }), tick({ now: at, scope }), tick({ now: at, scope })]);
    await tick({ now: at, scope });
    const all = await invoicesOf(customerId);
    expect(all.map((i) => i.term)).toEqual([null, 1]);
    const numbers = all.map((i) => i.sequenceNumber!);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});
