import { and, eq, like } from 'drizzle-orm';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { billingActions, customerBalances, dunningPlans, dunningSteps, emailOutbox, invoices, payments, plans, products, subscriptions, type Plan } from '@/db/schema';
import { creditBalance } from '@/lib/services/payments/credit-balance';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { changePlan } from './change-plan';
import { previewPlanChange } from './preview-plan-change';

// The shop-wide switch as these tests set it, instead of the shared row.
const shop = vi.hoisted(() => ({ customersCanChangePlan: true }));
vi.mock('@/lib/services/settings/get-shop-settings', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/services/settings/get-shop-settings')>();
  return { getShopSettings: async (...args: Parameters<typeof real.getShopSettings>) => ({ ...(await real.getShopSettings(...args)), ...shop }) };
});

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

// In this file's own far-future years, so no other test's dates come near.
const START = new Date('3620-03-01T09:00:00Z');

let basic: Plan;

beforeAll(async () => {
  const tag = crypto.randomUUID().slice(0, 8);
  const [product] = await db.insert(products).values({ slug: `proration-${tag}`, name: 'Daily Paper', kind: 'service' }).returning();
  const [dunning] = await db.insert(dunningPlans).values({ name: `proration reminders ${tag}` }).returning();
  await db.insert(dunningSteps).values([
    { dunningPlanId: dunning!.id, position: 0, daysAfterDue: 2, action: 'remind' },
    { dunningPlanId: dunning!.id, position: 1, daysAfterDue: 6, action: 'remind' },
  ]);
  [basic] = (await db
    .insert(plans)
    .values({
      productId: product!.id,
      code: `proration-basic-${tag}`,
      name: 'Basic',
      currency: 'EUR',
      intervalUnit: 'month',
      intervalCount: 1,
      priceMinor: 3100,
      taxRateBp: 2500,
      paymentTermsDays: 3,
      dunningPlanId: dunning!.id,
    })
    .returning()) as [Plan];
});

async function subscribed() {
  const clock = await createTestClock({ name: 'proration invoices', startAt: START });
  const done = await subscribeSimulatedCustomer({ clockId: clock.id, planId: basic.id, autopay: false });
  if (!done.ok) throw new Error(done.error);
  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, done.value.customerId));
  return { clockId: clock.id, customerId: done.value.customerId, subscriptionId: sub!.id };
}

/** Upgrades to `quantity` at `at` for the amount previewed; the proration invoice. */
async function upgrade(who: { clockId: string; customerId: string; subscriptionId: string }, quantity: number, at: Date) {
  await advanceTestClock({ clockId: who.clockId, to: at });
  const ask = { customerId: who.customerId, subscriptionId: who.subscriptionId, planId: basic.id, quantity, now: at };
  const preview = await previewPlanChange(ask);
  if (!preview.ok) throw new Error(preview.error.message);
  const done = await changePlan({ ...ask, expectedTotalMinor: preview.value.totalMinor });
  if (!done.ok) throw new Error(done.error.message);
  return (await db.select().from(invoices).where(eq(invoices.id, done.value.invoice!.id)))[0]!;
}

describe('proration invoices dunned at once', () => {
  test('two unpaid proration invoices of one subscription each get every reminder, under keys of their own', async () => {
    const who = await subscribed();
    const first = await upgrade(who, 2, new Date('3620-03-05T10:00:00Z'));
    const second = await upgrade(who, 3, new Date('3620-03-06T10:00:00Z'));
    expect([first.term, second.term]).toEqual([null, null]);

    // Past both second reminders (due 3 days after each change, reminders 2 and 6 days after that).
    await advanceTestClock({ clockId: who.clockId, to: new Date('3620-03-16T12:00:00Z') });
    for (const invoice of [first, second]) {
      const reminders = await db.select({ key: emailOutbox.dedupeKey }).from(emailOutbox).where(like(emailOutbox.dedupeKey, `reminder:${invoice.id}:%`));
      expect(reminders.map((r) => r.key).sort()).toEqual([`reminder:${invoice.id}:1`, `reminder:${invoice.id}:2`]);
    }
    const logged = await db
      .select({ term: billingActions.term, action: billingActions.action })
      .from(billingActions)
      .where(and(eq(billingActions.subscriptionId, who.subscriptionId), like(billingActions.action, 'dunning:%')));
    expect(logged.sort((a, b) => a.action.localeCompare(b.action))).toEqual(
      [`dunning:0@${first.id}`, `dunning:0@${second.id}`, `dunning:1@${first.id}`, `dunning:1@${second.id}`].sort().map((action) => ({ term: -1, action })),
    );
  });
});

describe('a customer’s credit balance pays a proration invoice first', () => {
  async function withBalance(amountMinor: number) {
    const who = await subscribed();
    await db.transaction((tx) => creditBalance(tx, { customerId: who.customerId, amountMinor, currency: 'EUR', reason: 'opening_balance' }));
    return who;
  }
  const balanceOf = async (customerId: string) =>
    (await db.select().from(customerBalances).where(and(eq(customerBalances.customerId, customerId), eq(customerBalances.currency, 'EUR'))))[0]!.balanceMinor;

  test('a balance that covers it: the invoice is paid by it, not e-mailed or dunned, and the balance is lowered by as much', async () => {
    const who = await withBalance(10_000);
    // 3100 x 26/31 = 2600 for the second copy.
    const invoice = await upgrade(who, 2, new Date('3620-03-05T10:00:00Z'));
    expect(invoice).toMatchObject({ totalMinor: 2600, amountPaidMinor: 2600, status: 'paid', nextDunningAt: null });
    expect(await balanceOf(who.customerId)).toBe(7400);
    expect(await db.select({ method: payments.method, amountMinor: payments.amountMinor, attempt: payments.attempt }).from(payments).where(eq(payments.invoiceId, invoice.id))).toEqual([
      { method: 'balance', amountMinor: 2600, attempt: 1 },
    ]);
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `invoice:${invoice.id}`))).toHaveLength(0);
  });

  test('a smaller balance pays part: the rest stays open and is e-mailed; the balance is spent to 0', async () => {
    const who = await withBalance(1000);
    const invoice = await upgrade(who, 2, new Date('3620-03-05T10:00:00Z'));
    expect(invoice).toMatchObject({ totalMinor: 2600, amountPaidMinor: 1000, status: 'open' });
    expect(invoice.nextDunningAt).not.toBeNull();
    expect(await balanceOf(who.customerId)).toBe(0);
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `invoice:${invoice.id}`))).toHaveLength(1);
  });
});
