import { and, asc, eq } from 'drizzle-orm';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import {
  customers,
  domainEvents,
  emailOutbox,
  invoiceLines,
  invoices,
  mrrMovements,
  planChanges,
  plans,
  products,
  subscriptions,
  type Plan,
} from '@/db/schema';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { cancelScheduledPlanChange } from './cancel-scheduled-plan-change';
import { changePlan } from './change-plan';
import { previewPlanChange } from './preview-plan-change';

// The shop-wide switch as these tests set it, instead of the shared row (test files run in
// parallel against one database).
const shop = vi.hoisted(() => ({ customersCanChangePlan: true }));
vi.mock('@/lib/services/settings/get-shop-settings', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/services/settings/get-shop-settings')>();
  return { getShopSettings: async (...args: Parameters<typeof real.getShopSettings>) => ({ ...(await real.getShopSettings(...args)), ...shop }) };
});

beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  shop.customersCanChangePlan = true;
});
afterEach(() => vi.unstubAllEnvs());

// Far in the future, so no other test's dates come near.
const START = new Date('3101-03-01T09:00:00Z');
const MAR_10 = new Date('3101-03-10T12:00:00Z');

let basic: Plan, plus: Plan, quarterly: Plan, inNok: Plan, otherProduct: Plan, trial: Plan;

beforeAll(async () => {
  const tag = crypto.randomUUID().slice(0, 8);
  const [product, other] = await db
    .insert(products)
    .values([
      { slug: `plan-change-${tag}`, name: 'Weekly Paper', kind: 'service' },
      { slug: `plan-change-other-${tag}`, name: 'Other Paper', kind: 'service' },
    ])
    .returning();
  const base = { productId: product!.id, currency: 'EUR', intervalUnit: 'month' as const, intervalCount: 1, taxRateBp: 2500 };
  [basic, plus, quarterly, inNok, otherProduct, trial] = await db
    .insert(plans)
    .values([
      { ...base, code: `pc-basic-${tag}`, name: 'Basic', priceMinor: 3100 },
      { ...base, code: `pc-plus-${tag}`, name: 'Plus', priceMinor: 6200 },
      { ...base, code: `pc-quarterly-${tag}`, name: 'Quarterly', intervalCount: 3, priceMinor: 8000 },
      { ...base, code: `pc-nok-${tag}`, name: 'Basic NOK', currency: 'NOK', priceMinor: 35000 },
      { ...base, productId: other!.id, code: `pc-other-${tag}`, name: 'Other', priceMinor: 9900 },
      // A setup fee: the checkout of a trial with nothing to pay today writes an invoice without lines, which fails.
      { ...base, code: `pc-trial-${tag}`, name: 'Basic with a trial', priceMinor: 3100, trialDays: 14, setupFeeMinor: 500 },
    ])
    .returning() as [Plan, Plan, Plan, Plan, Plan, Plan];
});

/** A simulated customer on a fresh test clock with a paid subscription of `plan`. */
async function subscribed(plan: Plan, options: { quantity?: number; autopay?: boolean } = {}) {
  const clock = await createTestClock({ name: 'plan change', startAt: START });
  const done = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan.id, quantity: options.quantity ?? 1, autopay: options.autopay ?? false });
  if (!done.ok) throw new Error(done.error);
  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, done.value.customerId));
  return { clockId: clock.id, customerId: done.value.customerId, sub: sub! };
}

const reload = async (id: string) => (await db.select().from(subscriptions).where(eq(subscriptions.id, id)))[0]!;
const changesOf = (id: string) => db.select().from(planChanges).where(eq(planChanges.subscriptionId, id));

describe('an upgrade applies at once with its proration', () => {
  test('the invoice is the preview to the cent, charged on the autopay method; the plan, MRR, event and e-mail follow', async () => {
    const { clockId, customerId, sub } = await subscribed(basic, { autopay: true });
    await advanceTestClock({ clockId, to: MAR_10 });
    const ask = { customerId, subscriptionId: sub.id, planId: plus.id, quantity: 2, now: MAR_10 };

    const preview = await previewPlanChange(ask);
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value).toMatchObject({ timing: 'now', daysUnused: 21, daysInPeriod: 31, termAmountMinor: 12_400 });
    // 3100 x 21/31 = 2100 back; 2 x 6200 x 21/31 = 8400 on.
    expect(preview.value.lines.map((line) => line.amountMinor)).toEqual([-2100, 8400]);
    expect(preview.value.totalMinor).toBe(6300);
    expect(await changesOf(sub.id)).toHaveLength(0);

    const done = await changePlan({ ...ask, expectedTotalMinor: preview.value.totalMinor });
    if (!done.ok) throw new Error(done.error.message);
    const [invoice] = await db.select().from(invoices).where(eq(invoices.id, done.value.invoice!.id));
    expect(invoice).toMatchObject({ status: 'paid', totalMinor: 6300, taxMinor: preview.value.taxMinor, subscriptionId: sub.id, term: null });
    expect(invoice!.number).toBeTruthy();
    const lines = await db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, invoice!.id)).orderBy(asc(invoiceLines.position));
    expect(lines.map(({ description, amountMinor, taxMinor, taxRateBp }) => ({ description, amountMinor, taxMinor, taxRateBp }))).toEqual(preview.value.lines);

    expect(await reload(sub.id)).toMatchObject({ planId: plus.id, quantity: 2, unitPriceMinor: 6200, scheduledPlanId: null });
    expect(await changesOf(sub.id)).toMatchObject([{ kind: 'applied', fromPlanId: basic.id, toPlanId: plus.id, toQuantity: 2, invoiceId: invoice!.id }]);
    const movements = await db.select().from(mrrMovements).where(eq(mrrMovements.subscriptionId, sub.id)).orderBy(asc(mrrMovements.id));
    expect(movements.at(-1)).toMatchObject({ kind: 'expansion', occurredAt: MAR_10 });
    const events = await db.select().from(domainEvents).where(eq(domainEvents.subjectId, sub.id));
    expect(events.find((e) => e.name === 'subscription/changed')?.payload).toMatchObject({ change: 'applied', toQuantity: 2, invoiceId: invoice!.id });
    const [customer] = await db.select().from(customers).where(eq(customers.id, customerId));
    expect(await db.select().from(emailOutbox).where(and(eq(emailOutbox.template, 'subscription-changed'), eq(emailOutbox.toAddress, customer!.email)))).toHaveLength(1);

    // The next term is billed on the new plan, once.
    await advanceTestClock({ clockId, to: new Date('3101-04-02T09:00:00Z') });
    const [next] = await db.select().from(invoices).where(and(eq(invoices.subscriptionId, sub.id), eq(invoices.term, 1)));
    expect(next).toMatchObject({ totalMinor: 12_400 });
  });

  test('without autopay the proration invoice is e-mailed and left open', async () => {
    const { clockId, customerId, sub } = await subscribed(basic);
    await advanceTestClock({ clockId, to: MAR_10 });
    const done = await changePlan({ customerId, subscriptionId: sub.id, planId: basic.id, quantity: 3, expectedTotalMinor: 4200, now: MAR_10 });
    if (!done.ok) throw new Error(done.error.message);
    const [invoice] = await db.select().from(invoices).where(eq(invoices.id, done.value.invoice!.id));
    expect(invoice).toMatchObject({ status: 'open', totalMinor: 4200 });
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `invoice:${invoice!.id}`))).toHaveLength(1);
  });

  test('three switches in one term: three invoices, each exactly its lines, none a second renewal invoice', async () => {
    const { clockId, customerId, sub } = await subscribed(basic);
    const steps = [
      { at: new Date('3101-03-05T10:00:00Z'), planId: basic.id, quantity: 2 },
      { at: new Date('3101-03-12T10:00:00Z'), planId: plus.id, quantity: 2 },
      { at: new Date('3101-03-20T10:00:00Z'), planId: plus.id, quantity: 3 },
    ];
    for (const step of steps) {
      await advanceTestClock({ clockId, to: step.at });
      const ask = { customerId, subscriptionId: sub.id, planId: step.planId, quantity: step.quantity, now: step.at };
      const preview = await previewPlanChange(ask);
      if (!preview.ok) throw new Error(preview.error.message);
      const done = await changePlan({ ...ask, expectedTotalMinor: preview.value.totalMinor });
      if (!done.ok) throw new Error(done.error.message);
    }
    const prorations = await db.select().from(invoices).where(and(eq(invoices.customerId, customerId), eq(invoices.subscriptionId, sub.id)));
    expect(prorations).toHaveLength(3);
    for (const invoice of prorations) {
      const lines = await db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, invoice.id));
      expect(lines.reduce((sum, line) => sum + line.amountMinor, 0)).toBe(invoice.totalMinor);
      expect(lines.reduce((sum, line) => sum + line.taxMinor, 0)).toBe(invoice.taxMinor);
    }
    // 3100 x 26/31 = 2600; then 6200 -> 12400 over 19 days: 3800 -> 7600; then 12400 -> 18600 over 11 days: 4400 -> 6600.
    expect(prorations.map((i) => i.totalMinor).sort((a, b) => a - b)).toEqual([2200, 2600, 3800]);
    const numbers = prorations.map((i) => i.sequenceNumber!).sort((a, b) => a - b);
    expect(numbers[2]! - numbers[0]!).toBe(2);
  });
});

describe('a downgrade or an interval change waits for the renewal', () => {
  test('fewer: scheduled, shown, billed from the next term on the new quantity, MRR contraction then', async () => {
    const { clockId, customerId, sub } = await subscribed(basic, { quantity: 3 });
    await advanceTestClock({ clockId, to: MAR_10 });
    const done = await changePlan({ customerId, subscriptionId: sub.id, planId: basic.id, quantity: 1, expectedTotalMinor: 0, now: MAR_10 });
    expect(done).toMatchObject({ ok: true, value: { timing: 'renewal', effectiveAt: sub.currentPeriodEnd, invoice: null } });
    expect(await reload(sub.id)).toMatchObject({ quantity: 3, scheduledPlanId: basic.id, scheduledQuantity: 1, scheduledTerm: 1 });

    await advanceTestClock({ clockId, to: new Date(sub.currentPeriodEnd.getTime() + 60_000) });
    const [next] = await db.select().from(invoices).where(and(eq(invoices.subscriptionId, sub.id), eq(invoices.term, 1)));
    expect(next).toMatchObject({ totalMinor: 3100 });
    expect(await reload(sub.id)).toMatchObject({ quantity: 1, scheduledPlanId: null, scheduledTerm: null, currentTerm: 1 });
    const movements = await db.select().from(mrrMovements).where(eq(mrrMovements.subscriptionId, sub.id)).orderBy(asc(mrrMovements.id));
    expect(movements.at(-1)).toMatchObject({ kind: 'contraction', occurredAt: sub.currentPeriodEnd });
  });

  test('monthly to quarterly: the next term is three months on the new plan, and the one after follows it', async () => {
    const { clockId, customerId, sub } = await subscribed(basic);
    await advanceTestClock({ clockId, to: MAR_10 });
    const done = await changePlan({ customerId, subscriptionId: sub.id, planId: quarterly.id, quantity: 1, expectedTotalMinor: 0, now: MAR_10 });
    expect(done).toMatchObject({ ok: true, value: { timing: 'renewal' } });
    await advanceTestClock({ clockId, to: new Date('3101-04-02T09:00:00Z') });
    const after = await reload(sub.id);
    expect(after).toMatchObject({ planId: quarterly.id, currentTerm: 1, anchorTerm: 1, anchorAt: sub.currentPeriodEnd });
    expect(after.currentPeriodEnd.toISOString()).toBe('3101-07-01T08:00:00.000Z');
    const [term1] = await db.select().from(invoices).where(and(eq(invoices.subscriptionId, sub.id), eq(invoices.term, 1)));
    expect(term1).toMatchObject({ totalMinor: 8000 });
    // 10:00 in Amsterdam, the anchor's wall-clock time, is 08:00 UTC in summer.
    // The quarter's renewal: invoiced a week before 1 July, for July to October.
    await advanceTestClock({ clockId, to: new Date('3101-07-01T10:00:00Z') });
    const later = await reload(sub.id);
    expect(later).toMatchObject({ currentTerm: 2 });
    expect(later.currentPeriodEnd.toISOString()).toBe('3101-10-01T08:00:00.000Z');
  });

  test('on a trial: the change applies to the first paid term, which starts when the trial ends', async () => {
    const { clockId, customerId, sub } = await subscribed(trial);
    await advanceTestClock({ clockId, to: new Date('3101-03-05T09:00:00Z') });
    const done = await changePlan({ customerId, subscriptionId: sub.id, planId: plus.id, quantity: 1, expectedTotalMinor: 0, now: new Date('3101-03-05T09:00:00Z') });
    expect(done).toMatchObject({ ok: true, value: { timing: 'renewal', effectiveAt: sub.trialEndsAt } });
    expect(await reload(sub.id)).toMatchObject({ scheduledTerm: 0 });
    await advanceTestClock({ clockId, to: new Date(sub.trialEndsAt!.getTime() + 60_000) });
    const [first] = await db.select().from(invoices).where(and(eq(invoices.subscriptionId, sub.id), eq(invoices.term, 0)));
    expect(first).toMatchObject({ totalMinor: 6200 });
    expect(await reload(sub.id)).toMatchObject({ status: 'active', planId: plus.id, scheduledPlanId: null });
  });

  test('a scheduled change is cancelled before the renewal: the term renews as before', async () => {
    const { clockId, customerId, sub } = await subscribed(plus);
    await advanceTestClock({ clockId, to: MAR_10 });
    await changePlan({ customerId, subscriptionId: sub.id, planId: basic.id, quantity: 1, expectedTotalMinor: 0, now: MAR_10 });
    const canceled = await cancelScheduledPlanChange({ customerId, subscriptionId: sub.id, now: MAR_10 });
    expect(canceled.ok).toBe(true);
    expect(await reload(sub.id)).toMatchObject({ scheduledPlanId: null, scheduledQuantity: null, scheduledTerm: null });
    expect((await changesOf(sub.id)).map((c) => c.kind).sort()).toEqual(['canceled', 'scheduled']);
    expect(await cancelScheduledPlanChange({ customerId, subscriptionId: sub.id, now: MAR_10 })).toMatchObject({ ok: false, error: { code: 'nothing_scheduled' } });
    await advanceTestClock({ clockId, to: new Date('3101-04-02T09:00:00Z') });
    const [next] = await db.select().from(invoices).where(and(eq(invoices.subscriptionId, sub.id), eq(invoices.term, 1)));
    expect(next).toMatchObject({ totalMinor: 6200 });
  });
});

describe('refused with a reason, nothing written', () => {
  test.each([
    ['quantity 0', () => basic.id, 0, 'bad_quantity'],
    ['quantity 10⁶', () => basic.id, 1_000_000, 'bad_quantity'],
    ['the plan it already has', () => basic.id, 1, 'no_change'],
    ['another currency', () => inNok.id, 1, 'other_currency'],
    ['another product', () => otherProduct.id, 1, 'other_product'],
    ['a plan that does not exist', () => crypto.randomUUID(), 1, 'plan_not_offered'],
  ])('%s', async (_name, planId, quantity, code) => {
    const { clockId, customerId, sub } = await subscribed(basic);
    await advanceTestClock({ clockId, to: MAR_10 });
    const ask = { customerId, subscriptionId: sub.id, planId: planId(), quantity, now: MAR_10 };
    expect(await previewPlanChange(ask)).toMatchObject({ ok: false, error: { code } });
    expect(await changePlan({ ...ask, expectedTotalMinor: 0 })).toMatchObject({ ok: false, error: { code } });
    expect(await changesOf(sub.id)).toHaveLength(0);
    expect(await reload(sub.id)).toMatchObject({ planId: basic.id, quantity: 1, scheduledPlanId: null });
  });

  test('forbidden by the shop, or for this customer; another customer’s subscription is not found', async () => {
    const { clockId, customerId, sub } = await subscribed(basic);
    await advanceTestClock({ clockId, to: MAR_10 });
    const ask = { customerId, subscriptionId: sub.id, planId: plus.id, quantity: 1, expectedTotalMinor: 2100, now: MAR_10 };
    shop.customersCanChangePlan = false;
    expect(await changePlan(ask)).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
    shop.customersCanChangePlan = true;
    await db.update(customers).set({ canChangePlan: false }).where(eq(customers.id, customerId));
    expect(await changePlan(ask)).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
    const stranger = await subscribed(basic);
    expect(await changePlan({ ...ask, customerId: stranger.customerId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await changesOf(sub.id)).toHaveLength(0);
  });

  test('an upgrade while an invoice is overdue', async () => {
    const { clockId, customerId, sub } = await subscribed(basic);
    await advanceTestClock({ clockId, to: MAR_10 });
    await db.update(subscriptions).set({ status: 'past_due' }).where(eq(subscriptions.id, sub.id));
    expect(await changePlan({ customerId, subscriptionId: sub.id, planId: plus.id, quantity: 1, expectedTotalMinor: 2100, now: MAR_10 })).toMatchObject({
      ok: false,
      error: { code: 'past_due' },
    });
    expect(await changesOf(sub.id)).toHaveLength(0);
  });

  test('once the next term is invoiced, a change for it comes too late', async () => {
    const { clockId, customerId, sub } = await subscribed(basic, { quantity: 2 });
    // The invoice step runs a week before the term.
    await advanceTestClock({ clockId, to: new Date('3101-03-27T12:00:00Z') });
    expect(await changePlan({ customerId, subscriptionId: sub.id, planId: basic.id, quantity: 1, expectedTotalMinor: 0, now: new Date('3101-03-27T12:00:00Z') })).toMatchObject({
      ok: false,
      error: { code: 'next_term_invoiced' },
    });
    expect(await changesOf(sub.id)).toHaveLength(0);
  });

  test('an amount other than the one shown', async () => {
    const { clockId, customerId, sub } = await subscribed(basic);
    await advanceTestClock({ clockId, to: MAR_10 });
    expect(await changePlan({ customerId, subscriptionId: sub.id, planId: plus.id, quantity: 1, expectedTotalMinor: 2000, now: MAR_10 })).toMatchObject({
      ok: false,
      error: { code: 'preview_changed' },
    });
    expect(await changesOf(sub.id)).toHaveLength(0);
  });

  test('the same upgrade submitted twice at once: one is made, the other finds it made', async () => {
    const { clockId, customerId, sub } = await subscribed(basic);
    await advanceTestClock({ clockId, to: MAR_10 });
    const ask = { customerId, subscriptionId: sub.id, planId: plus.id, quantity: 1, expectedTotalMinor: 2100, now: MAR_10 };
    const results = await Promise.all([changePlan(ask), changePlan(ask)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'no_change' } });
    expect(await changesOf(sub.id)).toHaveLength(1);
    expect(await db.select().from(invoices).where(and(eq(invoices.subscriptionId, sub.id)))).toHaveLength(1);
  });
});
