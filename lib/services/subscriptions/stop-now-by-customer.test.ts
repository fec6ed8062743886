import { and, eq, isNotNull } from 'drizzle-orm';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { creditNoteLines, creditNotes, customers, emailOutbox, invoiceLines, invoices, plans, products, subscriptions, type Plan } from '@/db/schema';
import { applyPayment } from '@/lib/services/payments/apply-payment';
import { balanceIn } from '@/lib/services/payments/payment-test-fixtures';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { changePlan } from './change-plan';
import { previewPlanChange } from './preview-plan-change';
import { previewStopNow, stopNowByCustomer } from './stop-now-by-customer';
import { stopSubscriptionNow } from './stop-subscription-now';

// The shop's switches as these tests set them, instead of the shared row (test files run in
// parallel against one database).
const shop = vi.hoisted(() => ({
  customersCanChangePlan: true,
  customersCanStopNow: true,
  earlyExitFee: 'none' as 'none' | 'fixed' | 'rest_of_commitment',
  earlyExitFeeAmounts: {} as Record<string, number>,
  timeZone: 'Europe/Oslo',
}));
vi.mock('@/lib/services/settings/get-shop-settings', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/services/settings/get-shop-settings')>();
  return { getShopSettings: async (...args: Parameters<typeof real.getShopSettings>) => ({ ...(await real.getShopSettings(...args)), ...shop }) };
});

beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  Object.assign(shop, { customersCanStopNow: true, earlyExitFee: 'none', earlyExitFeeAmounts: {} });
});
afterEach(() => vi.unstubAllEnvs());

// This file's own far-future years.
const START = new Date('3622-03-01T09:00:00Z');
const MAR_5 = new Date('3622-03-05T10:00:00Z');
const MAR_10 = new Date('3622-03-10T12:00:00Z');

let basic: Plan;
beforeAll(async () => {
  const tag = crypto.randomUUID().slice(0, 8);
  const [product] = await db.insert(products).values({ slug: `stop-now-${tag}`, name: 'Morning Paper', kind: 'service' }).returning();
  [basic] = (await db
    .insert(plans)
    .values({ productId: product!.id, code: `stop-now-${tag}`, name: 'Basic', currency: 'EUR', intervalUnit: 'month', intervalCount: 1, priceMinor: 3100, taxRateBp: 2500 })
    .returning()) as [Plan];
});

async function subscribed(options: { commitmentEndsAt?: Date } = {}) {
  const clock = await createTestClock({ name: 'stop now', startAt: START, timeZone: 'Europe/Oslo' });
  const done = await subscribeSimulatedCustomer({ clockId: clock.id, planId: basic.id, autopay: false });
  if (!done.ok) throw new Error(done.error);
  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, done.value.customerId));
  if (options.commitmentEndsAt) await db.update(subscriptions).set({ commitmentEndsAt: options.commitmentEndsAt }).where(eq(subscriptions.id, sub!.id));
  return { clockId: clock.id, customerId: done.value.customerId, subscriptionId: sub!.id };
}

async function upgradeAndPay(who: Awaited<ReturnType<typeof subscribed>>, quantity: number, at: Date) {
  await advanceTestClock({ clockId: who.clockId, to: at });
  const ask = { customerId: who.customerId, subscriptionId: who.subscriptionId, planId: basic.id, quantity, now: at };
  const preview = await previewPlanChange(ask);
  if (!preview.ok) throw new Error(preview.error.message);
  const done = await changePlan({ ...ask, expectedTotalMinor: preview.value.totalMinor });
  if (!done.ok) throw new Error(done.error.message);
  const invoice = done.value.invoice!;
  await db.transaction((tx) => applyPayment(tx, { invoiceId: invoice.id, amountMinor: invoice.totalMinor, currency: 'EUR', at, source: 'manual', method: 'bank_transfer' }));
  return invoice;
}

const stopMailsTo = async (customerId: string) => {
  const [customer] = await db.select().from(customers).where(eq(customers.id, customerId));
  return db.select().from(emailOutbox).where(and(eq(emailOutbox.template, 'subscription-stop'), eq(emailOutbox.toAddress, customer!.email)));
};
const notesOf = (customerId: string) => db.select().from(creditNotes).where(eq(creditNotes.customerId, customerId));
const subOf = async (id: string) => (await db.select().from(subscriptions).where(eq(subscriptions.id, id)))[0]!;
const stop = (who: { customerId: string; subscriptionId: string }, expectedCreditMinor: number, expectedFeeMinor: number, now = MAR_10) =>
  stopNowByCustomer({ ...who, expectedCreditMinor, expectedFeeMinor, reason: 'not_using', note: null, now });

describe('a stop at once after an upgrade in the same term', () => {
  test('staff: both the term’s invoice and the proration invoice give back their unused part, each in its own note', async () => {
    const who = await subscribed();
    const proration = await upgradeAndPay(who, 2, MAR_5);
    expect(proration.totalMinor).toBe(2600); // 3100 x 26/31
    await advanceTestClock({ clockId: who.clockId, to: MAR_10 });

    const stopped = await stopSubscriptionNow({ subscriptionId: who.subscriptionId, staffUserId: null, now: MAR_10 });
    if (!stopped.ok) throw new Error(stopped.error);
    // Mar 11–31 unused: the term 3100 x 21/31 = 2100; the upgrade's 26 billed days 2600 x 21/26 = 2100.
    expect(stopped.value).toMatchObject({ creditedMinor: 4200, reducedOpenMinor: 0 });
    const notes = await notesOf(who.customerId);
    expect(notes.map((n) => n.totalMinor).sort()).toEqual([2100, 2100]);
    expect(notes.find((n) => n.invoiceId === proration.id)?.reason).toBe(`Unused period: 21 of 26 days of the upgrade on invoice ${(await db.select().from(invoices).where(eq(invoices.id, proration.id)))[0]!.number}`);
    // The proration note mirrors its invoice's lines: the old plan's credit and the new plan's charge, VAT on each.
    const lines = await db.select().from(creditNoteLines).where(eq(creditNoteLines.creditNoteId, notes.find((n) => n.invoiceId === proration.id)!.id));
    expect(lines.map((l) => l.amountMinor).sort((a, b) => a - b)).toEqual([-2100, 4200]);
    expect(lines.every((l) => l.taxRateBp === 2500)).toBe(true);
    expect(await balanceIn(who.customerId)).toBe(4200);

    // Stopping again credits nothing twice.
    expect((await stopSubscriptionNow({ subscriptionId: who.subscriptionId, staffUserId: null, now: MAR_10 })).ok).toBe(false);
    expect(await notesOf(who.customerId)).toHaveLength(2);
  });
});

describe('a customer stops at once on Min Side', () => {
  test('the preview names each credit; the confirm with those amounts ends it now and issues the notes', async () => {
    const who = await subscribed();
    await upgradeAndPay(who, 2, MAR_5);
    await advanceTestClock({ clockId: who.clockId, to: MAR_10 });
    const preview = await previewStopNow({ ...who, now: MAR_10 });
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value).toMatchObject({ creditMinor: 4200, feeMinor: 0, fee: null });
    expect(preview.value.credits.map((c) => [c.kind, c.daysUnused, c.daysInPeriod, c.amountMinor])).toEqual([
      ['term', 21, 31, 2100],
      ['upgrade', 21, 26, 2100],
    ]);

    const done = await stop(who, 4200, 0);
    if (!done.ok) throw new Error(done.error.message);
    expect(done.value).toMatchObject({ creditMinor: 4200, feeInvoice: null });
    expect(done.value.creditNoteIds).toHaveLength(2);
    expect(await subOf(who.subscriptionId)).toMatchObject({ status: 'ended', endedAt: MAR_10, stopReason: 'not_using' });
    expect(await balanceIn(who.customerId)).toBe(4200);
    // A second confirm (a double click) finds it ended and changes nothing.
    expect(await stop(who, 4200, 0)).toMatchObject({ ok: false, error: { code: 'not_running' } });
    expect(await notesOf(who.customerId)).toHaveLength(2);
    // One confirmation, naming both credit notes by number and amount.
    const mails = await stopMailsTo(who.customerId);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain('has stopped');
    for (const note of await notesOf(who.customerId)) expect(mails[0]!.text).toContain(`Credit note ${note.number}: €21.00`);
    expect(mails[0]!.text).not.toContain('early-exit fee');
  });

  test('amounts other than those shown are refused, and nothing is written', async () => {
    const who = await subscribed();
    await advanceTestClock({ clockId: who.clockId, to: MAR_10 });
    expect(await stop(who, 2000, 0)).toMatchObject({ ok: false, error: { code: 'preview_changed' } });
    expect(await subOf(who.subscriptionId)).toMatchObject({ status: 'active', endedAt: null });
    expect(await notesOf(who.customerId)).toEqual([]);
    expect(await stopMailsTo(who.customerId)).toEqual([]);
  });

  test('not allowed by the shop, or for this customer; another customer’s subscription is not found', async () => {
    const who = await subscribed();
    const other = await subscribed();
    await advanceTestClock({ clockId: who.clockId, to: MAR_10 });
    shop.customersCanStopNow = false;
    expect(await previewStopNow({ ...who, now: MAR_10 })).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
    expect(await stop(who, 2100, 0)).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
    shop.customersCanStopNow = true;
    await db.update(customers).set({ canStopNow: false }).where(eq(customers.id, who.customerId));
    expect(await stop(who, 2100, 0)).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
    expect(await stop({ customerId: who.customerId, subscriptionId: other.subscriptionId }, 2100, 0)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await subOf(who.subscriptionId)).toMatchObject({ status: 'active' });
    expect(await subOf(other.subscriptionId)).toMatchObject({ status: 'active' });
  });
});

describe('inside a commitment', () => {
  const UNTIL = new Date('3622-09-01T07:00:00Z'); // the start of term 6 (Oslo summer time)

  test('without an early-exit fee: refused, naming the date the commitment ends', async () => {
    const who = await subscribed({ commitmentEndsAt: UNTIL });
    await advanceTestClock({ clockId: who.clockId, to: MAR_10 });
    expect(await previewStopNow({ ...who, now: MAR_10 })).toMatchObject({ ok: false, error: { code: 'in_commitment', date: UNTIL } });
    expect(await stop(who, 2100, 0)).toMatchObject({ ok: false, error: { code: 'in_commitment' } });
    expect(await subOf(who.subscriptionId)).toMatchObject({ status: 'active' });
  });

  test('a fixed fee: shown, confirmed, invoiced once on its own numbered invoice with the plan’s VAT', async () => {
    Object.assign(shop, { earlyExitFee: 'fixed', earlyExitFeeAmounts: { EUR: 2500 } });
    const who = await subscribed({ commitmentEndsAt: UNTIL });
    await db.update(customers).set({ locale: 'nb' }).where(eq(customers.id, who.customerId));
    await advanceTestClock({ clockId: who.clockId, to: MAR_10 });
    const preview = await previewStopNow({ ...who, now: MAR_10 });
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value).toMatchObject({ creditMinor: 2100, feeMinor: 2500, commitmentEndsAt: UNTIL });
    expect(preview.value.fee).toMatchObject({ totalMinor: 2500, taxMinor: 500 });

    // Confirming without the fee is not confirming the fee.
    expect(await stop(who, 2100, 0)).toMatchObject({ ok: false, error: { code: 'preview_changed' } });
    const done = await stop(who, 2100, 2500);
    if (!done.ok) throw new Error(done.error.message);
    const fees = await db.select().from(invoices).where(and(eq(invoices.customerId, who.customerId), isNotNull(invoices.earlyExitOf)));
    expect(fees).toHaveLength(1);
    expect(fees[0]).toMatchObject({ id: done.value.feeInvoice!.id, earlyExitOf: who.subscriptionId, status: 'open', totalMinor: 2500, taxMinor: 500, term: null });
    expect(fees[0]!.number).toMatch(/\d/);
    const [line] = await db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, fees[0]!.id));
    expect(line).toMatchObject({ kind: 'one_off', amountMinor: 2500, taxRateBp: 2500, taxMinor: 500 });
    expect(await subOf(who.subscriptionId)).toMatchObject({ status: 'ended' });
    expect(await stop(who, 2100, 2500)).toMatchObject({ ok: false });
    expect(await db.select().from(invoices).where(eq(invoices.earlyExitOf, who.subscriptionId))).toHaveLength(1);
    // The confirmation names the credit and the fee's invoice, in the customer's language.
    const [mail, ...more] = await stopMailsTo(who.customerId);
    expect(more).toEqual([]);
    const [note] = await notesOf(who.customerId);
    expect(mail!.subject).toContain('er stoppet');
    expect(mail!.text).toMatch(new RegExp(`Kreditnota ${note!.number}: 21,00\\s€`));
    expect(mail!.text).toMatch(new RegExp(`Faktura ${fees[0]!.number}: 25,00\\s€, gebyret`));
  });

  test('the rest of the commitment: the running credit back plus each term left', async () => {
    Object.assign(shop, { earlyExitFee: 'rest_of_commitment' });
    const who = await subscribed({ commitmentEndsAt: UNTIL });
    await advanceTestClock({ clockId: who.clockId, to: MAR_10 });
    const preview = await previewStopNow({ ...who, now: MAR_10 });
    if (!preview.ok) throw new Error(preview.error.message);
    // Terms 1–5 (April to August) are left: 2100 + 5 x 3100.
    expect(preview.value).toMatchObject({ creditMinor: 2100, feeMinor: 2100 + 5 * 3100 });
  });
});
