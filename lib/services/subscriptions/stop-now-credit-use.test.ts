import { and, eq, isNotNull } from 'drizzle-orm';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { coupons, customers, emailOutbox, invoices, payments, plans, products, subscriptions, type Plan } from '@/db/schema';
import { termAmounts } from '@/lib/actions/portal/stop-now-answer';
import { formatMoney } from '@/lib/billing/money';
import { balanceIn } from '@/lib/services/payments/payment-test-fixtures';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { changePlan } from './change-plan';
import { previewPlanChange } from './preview-plan-change';
import { previewStopNow, stopNowByCustomer } from './stop-now-by-customer';

// The shop's switches as these tests set them (test files share one settings row).
const shop = vi.hoisted(() => ({
  customersCanChangePlan: true,
  customersCanStopNow: true,
  earlyExitFee: 'fixed' as 'none' | 'fixed' | 'rest_of_commitment',
  earlyExitFeeAmounts: {} as Record<string, number>,
  timeZone: 'Europe/Oslo',
}));
vi.mock('@/lib/services/settings/get-shop-settings', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/services/settings/get-shop-settings')>();
  return { getShopSettings: async (...args: Parameters<typeof real.getShopSettings>) => ({ ...(await real.getShopSettings(...args)), ...shop }) };
});
beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  Object.assign(shop, { customersCanStopNow: true, earlyExitFee: 'fixed', earlyExitFeeAmounts: {} });
});
afterEach(() => vi.unstubAllEnvs());

// This file's own far-future years (3760–3774).
const START = new Date('3761-03-01T09:00:00Z');
const MAR_5 = new Date('3761-03-05T10:00:00Z');
const MAR_10 = new Date('3761-03-10T12:00:00Z');
const UNTIL = new Date('3761-09-01T07:00:00Z'); // the start of term 6 (Oslo summer time)

let basic: Plan;
beforeAll(async () => {
  const tag = crypto.randomUUID().slice(0, 8);
  const [product] = await db.insert(products).values({ slug: `stop-use-${tag}`, name: 'Morning Paper', kind: 'service' }).returning();
  [basic] = (await db
    .insert(plans)
    .values({ productId: product!.id, code: `stop-use-${tag}`, name: 'Basic', currency: 'EUR', intervalUnit: 'month', intervalCount: 1, priceMinor: 3100, taxRateBp: 2500 })
    .returning()) as [Plan];
});

async function subscribed(options: { autopay?: boolean } = {}) {
  const clock = await createTestClock({ name: 'stop credit use', startAt: START, timeZone: 'Europe/Oslo' });
  const done = await subscribeSimulatedCustomer({ clockId: clock.id, planId: basic.id, autopay: options.autopay ?? false });
  if (!done.ok) throw new Error(done.error);
  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, done.value.customerId));
  await db.update(subscriptions).set({ commitmentEndsAt: UNTIL }).where(eq(subscriptions.id, sub!.id));
  return { clockId: clock.id, customerId: done.value.customerId, subscriptionId: sub!.id };
}

const stop = (who: { customerId: string; subscriptionId: string }, expectedCreditMinor: number, expectedFeeMinor: number) =>
  stopNowByCustomer({ ...who, expectedCreditMinor, expectedFeeMinor, reason: 'not_using', note: null, now: MAR_10 });
const feeInvoiceOf = async (subscriptionId: string) => (await db.select().from(invoices).where(eq(invoices.earlyExitOf, subscriptionId)))[0]!;
const mailsTo = async (customerId: string, template: string) => {
  const [customer] = await db.select().from(customers).where(eq(customers.id, customerId));
  return db.select().from(emailOutbox).where(and(eq(emailOutbox.template, template), eq(emailOutbox.toAddress, customer!.email)));
};
const paymentsOf = (invoiceId: string) => db.select().from(payments).where(eq(payments.invoiceId, invoiceId));

describe('a stop at once: the credit pays the early-exit fee first', () => {
  test('a fee smaller than the credit is paid by it; only the rest is kept as balance; no invoice to pay is sent', async () => {
    shop.earlyExitFeeAmounts = { EUR: 1000 };
    const who = await subscribed();
    await advanceTestClock({ clockId: who.clockId, to: MAR_10 });
    const preview = await previewStopNow({ ...who, now: MAR_10 });
    if (!preview.ok) throw new Error(preview.error.message);
    // Mar 11–31 of 31 days unused: 3100 x 21/31 = 2100.
    expect(preview.value).toMatchObject({ creditMinor: 2100, feeMinor: 1000, creditUse: { feeMinor: 1000, invoices: [], keptMinor: 1100 } });

    const done = await stop(who, 2100, 1000);
    if (!done.ok) throw new Error(done.error.message);
    expect(done.value.creditUse).toEqual({ feeMinor: 1000, invoices: [], keptMinor: 1100 });
    const fee = await feeInvoiceOf(who.subscriptionId);
    expect(fee).toMatchObject({ status: 'paid', amountPaidMinor: 1000, nextDunningAt: null });
    expect(await balanceIn(who.customerId)).toBe(1100);
    // The term's own invoice was e-mailed at the order; nothing is sent for the fee.
    expect((await mailsTo(who.customerId, 'invoice')).filter((m) => m.text.includes(fee.number!))).toEqual([]);
    const [mail] = await mailsTo(who.customerId, 'subscription-stop');
    expect(mail!.text).toContain(`Of your credit, €10.00 pays the early-exit fee invoice ${fee.number}.`);
    expect(mail!.text).toContain('€11.00 stays as your balance');
    expect(mail!.text).not.toContain('Still to pay');
  });

  test('a fee larger than the credit: the credit pays part, only the rest is owed and e-mailed; nothing stays as balance', async () => {
    shop.earlyExitFeeAmounts = { EUR: 2500 };
    const who = await subscribed();
    await advanceTestClock({ clockId: who.clockId, to: MAR_10 });
    const preview = await previewStopNow({ ...who, now: MAR_10 });
    expect(preview).toMatchObject({ ok: true, value: { creditUse: { feeMinor: 2100, keptMinor: 0 } } });
    const done = await stop(who, 2100, 2500);
    if (!done.ok) throw new Error(done.error.message);
    const fee = await feeInvoiceOf(who.subscriptionId);
    expect(fee).toMatchObject({ status: 'open', totalMinor: 2500, amountPaidMinor: 2100 });
    expect(await balanceIn(who.customerId)).toBe(0);
    expect((await mailsTo(who.customerId, 'invoice')).filter((m) => m.text.includes(fee.number!))).toHaveLength(1);
    const [mail] = await mailsTo(who.customerId, 'subscription-stop');
    expect(mail!.text).toContain(`Of your credit, €21.00 pays the early-exit fee invoice ${fee.number}.`);
    expect(mail!.text).toContain(`Still to pay on invoice ${fee.number}: €4.00.`);
    expect(mail!.text).not.toContain('stays as your balance');
  });

  test('on autopay only what the credit leaves is charged; a fee the credit covers is never charged', async () => {
    shop.earlyExitFeeAmounts = { EUR: 2500 };
    const partly = await subscribed({ autopay: true });
    await advanceTestClock({ clockId: partly.clockId, to: MAR_10 });
    const done = await stop(partly, 2100, 2500);
    if (!done.ok) throw new Error(done.error.message);
    const fee = await feeInvoiceOf(partly.subscriptionId);
    const charged = (await paymentsOf(fee.id)).filter((p) => p.source === 'autopay');
    expect(charged.map((p) => p.amountMinor)).toEqual([400]);
    expect((await paymentsOf(fee.id)).filter((p) => p.source === 'balance').map((p) => p.amountMinor)).toEqual([2100]);

    shop.earlyExitFeeAmounts = { EUR: 900 };
    const covered = await subscribed({ autopay: true });
    await advanceTestClock({ clockId: covered.clockId, to: MAR_10 });
    if (!(await stop(covered, 2100, 900)).ok) throw new Error('stop refused');
    const coveredFee = await feeInvoiceOf(covered.subscriptionId);
    expect(coveredFee.status).toBe('paid');
    expect((await paymentsOf(coveredFee.id)).map((p) => [p.source, p.amountMinor])).toEqual([['balance', 900]]);
    expect(await balanceIn(covered.customerId)).toBe(1200);
  });

  test('an open invoice of the subscription (an upgrade not paid yet) is paid from the credit too, before any is kept', async () => {
    shop.earlyExitFee = 'none';
    const who = await subscribed();
    await db.update(subscriptions).set({ commitmentEndsAt: null }).where(eq(subscriptions.id, who.subscriptionId));
    await advanceTestClock({ clockId: who.clockId, to: MAR_5 });
    const ask = { ...who, planId: basic.id, quantity: 2, now: MAR_5 };
    const upgrade = await previewPlanChange(ask);
    if (!upgrade.ok) throw new Error(upgrade.error.message);
    const changed = await changePlan({ ...ask, expectedTotalMinor: upgrade.value.totalMinor });
    if (!changed.ok) throw new Error(changed.error.message);
    const proration = changed.value.invoice!;
    expect(proration.totalMinor).toBe(2600); // unpaid: 3100 x 26/31
    await advanceTestClock({ clockId: who.clockId, to: MAR_10 });

    const preview = await previewStopNow({ ...who, now: MAR_10 });
    if (!preview.ok) throw new Error(preview.error.message);
    // The upgrade's unused 21 of 26 days (2100) lower what it owes to 500; the term's 2100 credit pays those 500.
    expect(preview.value.creditUse).toMatchObject({ feeMinor: 0, invoices: [{ invoiceId: proration.id, amountMinor: 500 }], keptMinor: 1600 });
    const done = await stop(who, preview.value.creditMinor, 0);
    if (!done.ok) throw new Error(done.error.message);
    expect((await db.select().from(invoices).where(eq(invoices.id, proration.id)))[0]).toMatchObject({ status: 'paid', nextDunningAt: null });
    expect(await balanceIn(who.customerId)).toBe(1600);
    const [mail] = await mailsTo(who.customerId, 'subscription-stop');
    expect(mail!.text).toContain(`Of your credit, €5.00 pays invoice ${preview.value.creditUse.invoices[0]!.number}, which was still open.`);
  });
});

describe('the rest of the commitment at the price the customer pays', () => {
  test('a campaign price and a running coupon are what the fee counts, and the preview says how', async () => {
    Object.assign(shop, { earlyExitFee: 'rest_of_commitment' });
    const who = await subscribed();
    // The campaign frozen at checkout: 1500 for the first 3 terms; a 50 % coupon for 4 terms, used once.
    const [coupon] = await db
      .insert(coupons)
      .values({ code: `HALF-${crypto.randomUUID().slice(0, 8)}`, kind: 'percent', percentOff: 50, duration: 'repeating', durationTerms: 4 })
      .returning();
    await db.update(subscriptions).set({ offerPriceMinor: 1500, offerTerms: 3, couponId: coupon!.id, couponUses: 1 }).where(eq(subscriptions.id, who.subscriptionId));
    await advanceTestClock({ clockId: who.clockId, to: MAR_10 });
    const preview = await previewStopNow({ ...who, now: MAR_10 });
    if (!preview.ok) throw new Error(preview.error.message);
    const basis = preview.value.feeBasis;
    if (basis?.kind !== 'rest_of_commitment') throw new Error('expected the rest of the commitment');
    // Terms 1–5: offer 1500 on 1 and 2, list 3100 from 3; half off on 1–3 (uses 2, 3, 4 of 4).
    expect(basis.terms.map((t) => [t.term, t.unitPriceMinor, t.discountMinor, t.amountMinor])).toEqual([
      [1, 1500, -750, 750],
      [2, 1500, -750, 750],
      [3, 3100, -1550, 1550],
      [4, 3100, 0, 3100],
      [5, 3100, 0, 3100],
    ]);
    const credit = preview.value.creditMinor;
    expect(preview.value.feeMinor).toBe(credit + 750 + 750 + 1550 + 3100 + 3100);
    expect(preview.value.feeMinor).toBeLessThan(credit + 5 * 3100);
    expect(termAmounts(basis.terms.map((t) => t.amountMinor), (m) => formatMoney(m, 'EUR'))).toBe(
      `2 × ${formatMoney(750, 'EUR')} + ${formatMoney(1550, 'EUR')} + 2 × ${formatMoney(3100, 'EUR')}`,
    );
    // The fee invoiced is the one shown.
    const done = await stop(who, credit, preview.value.feeMinor);
    if (!done.ok) throw new Error(done.error.message);
    expect((await db.select().from(invoices).where(and(eq(invoices.earlyExitOf, who.subscriptionId), isNotNull(invoices.number))))[0]).toMatchObject({
      totalMinor: preview.value.feeMinor,
    });
  });
});
