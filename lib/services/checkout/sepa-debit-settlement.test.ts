import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { customers, emailOutbox, invoices, orders, paymentMethods, payments, plans, sellerIdentities, subscriptions } from '@/db/schema';
import { listCustomerDebitOrders } from '@/db/queries/portal/list-customer-debit-orders';
import { createMollieProvider } from '@/lib/payments/mollie/mollie-provider';
import { startFakeMollieApi, type FakeMollieApi } from '@/lib/payments/mollie/test-support/fake-mollie-api';
import { testProvider } from '@/lib/payments/test-provider';
import type { PaymentProvider } from '@/lib/payments/types';
import { catchUpOne } from '@/lib/services/billing/billing-steps';
import { syncProviderPayment } from '@/lib/services/payments/sync-provider-payment';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { cartOf, newCustomer, planByCode } from '@/test/support/checkout-fixtures';
import { fakeProviderSlot } from '@/test/support/fake-provider';
import { placeOrder } from './place-order';
import { startOrderPayment } from './start-order-payment';
import { startSepaDebitOrder } from './start-sepa-debit-order';

vi.mock('@/lib/payments/providers', async (real) => (await import('@/test/support/fake-provider')).providersWithFake(await real()));

// This file's own years (3735–3739). The seller identity in force from 3735 names the creditor id.
const IDENTITY_FROM = new Date('3735-01-01T00:00:00Z');
const ORDERED = new Date('3735-03-01T09:00:00Z');
const BANK_DAYS_LATER = new Date('3735-03-05T06:00:00Z');
const BASE = 'http://localhost:3000';
const IBAN = 'NL91ABNA0417164300';
const CREDITOR_ID = 'NL08ZZZ502057730000';

let api: FakeMollieApi;
let mollie: PaymentProvider;
beforeAll(async () => {
  api = await startFakeMollieApi({ runId: randomUUID().replace(/-/g, '').slice(0, 10) });
  mollie = createMollieProvider({ apiKey: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM', apiEndpoint: api.apiEndpoint, timeoutMs: 5_000 });
  await db.insert(sellerIdentities).values({
    validFrom: IDENTITY_FROM,
    legalName: 'Kadens Debit B.V.',
    addressLine1: 'Keizersgracht 1',
    postalCode: '1015 CJ',
    city: 'Amsterdam',
    country: 'NL',
    contactEmail: 'billing@example.nl',
    sepaCreditorId: CREDITOR_ID,
  });
});
afterAll(() => api.close());
beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('APP_URL', 'http://shop.test');
});
afterEach(() => {
  vi.unstubAllEnvs();
  fakeProviderSlot.provider = null;
});

async function orderBySepa(planId: string) {
  const settings = await getShopSettings(db);
  const { customerId } = await newCustomer('sepa-settle');
  const placed = await placeOrder({
    customerId,
    cart: cartOf([{ planId, quantity: 1 }], { paymentMethod: 'sepa_debit' }),
    paymentMethod: 'sepa_debit',
    now: ORDERED,
    settings: { ...settings, enabledPaymentMethods: [...settings.enabledPaymentMethods, 'sepa_debit'] },
  });
  if (!placed.ok) throw new Error(JSON.stringify(placed.error));
  return { customerId, orderId: placed.value.order.id, totalMinor: placed.value.order.totalMinor };
}

/** A free trial of the e-learning course (no setup fee): nothing to pay at checkout. */
async function freeTrialPlan() {
  const { id: _seeded, ...course } = await planByCode('code-academy-monthly');
  const [plan] = await db.insert(plans).values({ ...course, code: `sepa-trial-${randomUUID()}`, setupFeeMinor: 0 }).returning();
  return plan!;
}

const submit = (who: { customerId: string; orderId: string }) =>
  startSepaDebitOrder({ ...who, accountHolder: 'Daan de Vries', iban: IBAN, baseUrl: BASE, now: ORDERED });
const orderOf = async (orderId: string) => (await db.select().from(orders).where(eq(orders.id, orderId)))[0]!;
const subscriptionsOf = (customerId: string) => db.select().from(subscriptions).where(eq(subscriptions.customerId, customerId));
const defaultMethodOf = async (customerId: string) =>
  (await db.select().from(paymentMethods).where(and(eq(paymentMethods.customerId, customerId), eq(paymentMethods.isDefault, true))))[0];
async function sepaMailsTo(customerId: string) {
  const [customer] = await db.select({ email: customers.email }).from(customers).where(eq(customers.id, customerId));
  return db.select().from(emailOutbox).where(and(eq(emailOutbox.template, 'sepa-debit'), eq(emailOutbox.toAddress, customer!.email)));
}

describe('with Mollie, the subscription starts when the bank settles the debit', () => {
  test('pending: the order waits, Min Side says so, and the pre-notification names the creditor id; paid days later: it starts', async () => {
    fakeProviderSlot.provider = mollie;
    const who = await orderBySepa((await planByCode('trendhouse-monthly')).id);
    expect(await submit(who)).toMatchObject({ ok: true, value: { status: 'pending' } });

    expect(await orderOf(who.orderId)).toMatchObject({ status: 'pending_payment' });
    expect(await subscriptionsOf(who.customerId)).toEqual([]);
    expect(await listCustomerDebitOrders(who.customerId)).toMatchObject([{ orderId: who.orderId, state: 'pending', account: 'NL91 •••• 4300', amountMinor: 3200 }]);
    const [announced] = await sepaMailsTo(who.customerId);
    expect(announced!.subject).toContain('€');
    expect(announced!.text).toContain('NL91 •••• 4300');
    expect(announced!.text).toContain(`Creditor identifier: ${CREDITOR_ID}`);
    expect(announced!.text).toContain('Kadens Debit B.V.');

    const [payment] = await db.select().from(payments).where(eq(payments.orderId, who.orderId));
    Object.assign(api.created.get(payment!.providerPaymentId!)!, { status: 'paid', paidAt: BANK_DAYS_LATER.toISOString() });
    await syncProviderPayment({ provider: 'mollie', providerPaymentId: payment!.providerPaymentId!, now: BANK_DAYS_LATER });
    expect(await orderOf(who.orderId)).toMatchObject({ status: 'paid' });
    expect(await subscriptionsOf(who.customerId)).toMatchObject([{ status: 'active' }]);
    expect(await listCustomerDebitOrders(who.customerId)).toEqual([]);
  });

  test('failed at the bank: no subscription, and the customer is told by e-mail and on Min Side, with a way to pay otherwise', async () => {
    fakeProviderSlot.provider = mollie;
    const who = await orderBySepa((await planByCode('trendhouse-monthly')).id);
    await submit(who);
    const [payment] = await db.select().from(payments).where(eq(payments.orderId, who.orderId));
    Object.assign(api.created.get(payment!.providerPaymentId!)!, {
      status: 'failed',
      failedAt: BANK_DAYS_LATER.toISOString(),
      details: { bankReasonCode: 'AM04', bankReason: 'Insufficient funds' },
    });
    await syncProviderPayment({ provider: 'mollie', providerPaymentId: payment!.providerPaymentId!, now: BANK_DAYS_LATER });

    expect(await orderOf(who.orderId)).toMatchObject({ status: 'pending_payment' });
    expect(await subscriptionsOf(who.customerId)).toEqual([]);
    expect(await listCustomerDebitOrders(who.customerId)).toMatchObject([{ orderId: who.orderId, state: 'failed', failureReason: 'Insufficient funds' }]);
    const failed = (await sepaMailsTo(who.customerId)).find((m) => m.dedupeKey.startsWith('sepa-debit:failed:'));
    expect(failed!.subject).toContain('did not go through');
    expect(failed!.text).toContain('Insufficient funds');
    expect(failed!.text).toContain(`/checkout/failed/${who.orderId}`);
    // A webhook delivered twice tells the customer once.
    await syncProviderPayment({ provider: 'mollie', providerPaymentId: payment!.providerPaymentId!, now: BANK_DAYS_LATER });
    expect((await sepaMailsTo(who.customerId)).filter((m) => m.dedupeKey.startsWith('sepa-debit:failed:'))).toHaveLength(1);
  });
});

describe('a free trial paid by SEPA direct debit: the mandate only, the first renewal debits it', () => {
  test('test provider: no debit at checkout, the trial starts, and the first term after it is debited on the mandate', async () => {
    const calls: string[] = [];
    fakeProviderSlot.provider = {
      ...testProvider,
      async createDebitMandate(request) {
        calls.push('mandate');
        return testProvider.createDebitMandate!(request);
      },
      async chargeMandate(request) {
        calls.push('debit');
        return testProvider.chargeMandate(request);
      },
    };
    const plan = await freeTrialPlan();
    const who = await orderBySepa(plan.id);
    expect(who.totalMinor).toBe(0);
    // The checkout asks for the mandate on our page even with nothing to pay today.
    expect(await startOrderPayment({ ...who, baseUrl: BASE, now: ORDERED })).toEqual({ ok: true, value: { kind: 'redirect', url: `/checkout/sepa/${who.orderId}` } });
    expect(await submit(who)).toMatchObject({ ok: true, value: { status: 'paid' } });
    expect(calls).toEqual(['mandate']);

    expect(await orderOf(who.orderId)).toMatchObject({ status: 'paid' });
    const [sub] = await subscriptionsOf(who.customerId);
    expect(sub).toMatchObject({ status: 'trialing' });
    expect(await db.select().from(invoices).where(eq(invoices.orderId, who.orderId))).toEqual([]);
    expect(await defaultMethodOf(who.customerId)).toMatchObject({ type: 'sepa_debit', label: 'SEPA direct debit NL91 •••• 4300' });
    const [mandateMail] = await sepaMailsTo(who.customerId);
    expect(mandateMail!.text).toContain('Nothing is debited today');
    expect(mandateMail!.text).toContain(`Creditor identifier: ${CREDITOR_ID}`);

    // The trial ends: the first term (term 0, anchored at the trial's end) is invoiced and
    // debited on the mandate given at checkout.
    const after = new Date(sub!.trialEndsAt!.getTime() + 86_400_000);
    for (let step = 0; step < 10; step += 1) if ((await catchUpOne(sub!.id, after)).done) break;
    const [first] = await db.select().from(invoices).where(eq(invoices.subscriptionId, sub!.id));
    expect(first).toMatchObject({ term: 0, status: 'paid', totalMinor: plan.priceMinor });
    const [charge] = await db.select().from(payments).where(eq(payments.invoiceId, first!.id));
    expect(charge).toMatchObject({ source: 'autopay', method: 'sepa_debit', status: 'paid', amountMinor: plan.priceMinor });
    expect(calls).toEqual(['mandate', 'debit']);
  });

  test('Mollie: the Mandates API only (directdebit, holder, IBAN, signature date, our reference), no payment', async () => {
    fakeProviderSlot.provider = mollie;
    const who = await orderBySepa((await freeTrialPlan()).id);
    const start = api.requests.length;
    expect(await submit(who)).toMatchObject({ ok: true, value: { status: 'paid' } });
    const sent = api.requests.slice(start).filter((r) => r.method === 'POST');
    expect(sent.map((r) => r.path)).toEqual(['/v2/customers', '/v2/customers/cst_8wmqcHMN4U/mandates']);
    expect(sent[1]!.body).toMatchObject({
      method: 'directdebit',
      consumerName: 'Daan de Vries',
      consumerAccount: IBAN,
      signatureDate: '3735-03-01',
      mandateReference: expect.stringMatching(/^K[0-9A-F]{32}$/),
    });
    expect(await subscriptionsOf(who.customerId)).toMatchObject([{ status: 'trialing' }]);
    expect(await defaultMethodOf(who.customerId)).toMatchObject({ provider: 'mollie', mandateRef: expect.stringMatching(/^cst_8wmqcHMN4U\/mdt_/) });
  });
});
