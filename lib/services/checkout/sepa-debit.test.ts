import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { invoices, orders, paymentMethods, payments, subscriptions } from '@/db/schema';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { fakeProviderSlot } from '@/test/support/fake-provider';
import { createMollieProvider } from '@/lib/payments/mollie/mollie-provider';
import { startFakeMollieApi, type FakeMollieApi } from '@/lib/payments/mollie/test-support/fake-mollie-api';
import { testProvider } from '@/lib/payments/test-provider';
import { ProviderUnavailableError, type PaymentProvider } from '@/lib/payments/types';
import { cartOf, newCustomer, planByCode } from '@/test/support/checkout-fixtures';
import { placeOrder } from './place-order';
import { startOrderPayment } from './start-order-payment';
import { startSepaDebitOrder } from './start-sepa-debit-order';

// The checkout provider is the embedded test provider, or a wrapper of it a test puts in the slot.
vi.mock('@/lib/payments/providers', async (real) => (await import('@/test/support/fake-provider')).providersWithFake(await real()));

// This file's own years (3700–3709).
const ORDERED = new Date('3700-03-01T09:00:00Z');
const BASE = 'http://localhost:3000';
const IBAN = 'NL91ABNA0417164300';

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => {
  vi.unstubAllEnvs();
  fakeProviderSlot.provider = null;
});

/** The test provider as the checkout provider, with its calls counted (and, when asked, held). */
function watchedTestProvider() {
  const calls: string[] = [];
  let hold: Promise<void> | null = null;
  let release = () => {};
  const provider: PaymentProvider = {
    ...testProvider,
    id: 'test',
    async createDebitMandate(request) {
      calls.push('mandate');
      if (hold) await hold;
      return testProvider.createDebitMandate!(request);
    },
    async chargeMandate(request) {
      calls.push('debit');
      return testProvider.chargeMandate(request);
    },
  };
  fakeProviderSlot.provider = provider;
  return {
    calls,
    hold: () => (hold = new Promise((resolve) => (release = resolve))),
    release: () => release(),
    provider,
  };
}

async function orderBySepa() {
  const settings = await getShopSettings(db);
  const { customerId } = await newCustomer('sepa-buyer');
  const plan = await planByCode('trendhouse-monthly');
  const cart = cartOf([{ planId: plan.id, quantity: 1 }], { paymentMethod: 'sepa_debit' });
  const placed = await placeOrder({
    customerId,
    cart,
    paymentMethod: 'sepa_debit',
    now: ORDERED,
    settings: { ...settings, enabledPaymentMethods: [...settings.enabledPaymentMethods, 'sepa_debit'] },
  });
  if (!placed.ok) throw new Error(JSON.stringify(placed.error));
  return { customerId, orderId: placed.value.order.id };
}

const debit = (who: { customerId: string; orderId: string }, extra: { iban?: string } = {}) =>
  startSepaDebitOrder({ ...who, accountHolder: 'Daan de Vries', iban: extra.iban ?? IBAN, baseUrl: BASE, now: ORDERED });

describe('an order paid by SEPA direct debit (test provider)', () => {
  test('the checkout sends the customer to our mandate page instead of a provider’s', async () => {
    watchedTestProvider();
    const who = await orderBySepa();
    expect(await startOrderPayment({ ...who, baseUrl: BASE, now: ORDERED })).toEqual({
      ok: true,
      value: { kind: 'redirect', url: `/checkout/sepa/${who.orderId}` },
    });
    expect(await db.select().from(payments).where(eq(payments.orderId, who.orderId))).toEqual([]);
  });

  test('mandate and debit: the subscription starts, the first invoice is paid, autopay debits the masked account', async () => {
    const provider = watchedTestProvider();
    const who = await orderBySepa();
    const done = await debit(who);
    expect(done).toMatchObject({ ok: true, value: { status: 'paid', orderId: who.orderId } });
    expect(provider.calls).toEqual(['mandate', 'debit']);

    const [order] = await db.select().from(orders).where(eq(orders.id, who.orderId));
    expect(order).toMatchObject({ status: 'paid' });
    const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, who.customerId));
    expect(sub).toMatchObject({ status: 'active' });
    const [invoice] = await db.select().from(invoices).where(eq(invoices.orderId, who.orderId));
    expect(invoice).toMatchObject({ status: 'paid' });
    const [payment] = await db.select().from(payments).where(eq(payments.orderId, who.orderId));
    expect(payment).toMatchObject({ method: 'sepa_debit', status: 'paid', provider: 'test', invoiceId: invoice!.id });
    const [method] = await db.select().from(paymentMethods).where(and(eq(paymentMethods.customerId, who.customerId), eq(paymentMethods.isDefault, true)));
    expect(method).toMatchObject({ type: 'sepa_debit', label: 'SEPA direct debit NL91 •••• 4300', ibanMasked: 'NL91 •••• 4300', last4: '4300' });
    expect(method!.mandateRef).toMatch(/^tm_bouncing_/);

    // A second submit (double click, back button) debits nothing more.
    expect(await debit(who)).toMatchObject({ ok: true, value: { status: 'paid' } });
    expect(provider.calls).toEqual(['mandate', 'debit']);
    expect(await db.select().from(payments).where(eq(payments.orderId, who.orderId))).toHaveLength(1);
  });

  test('the provider is called with no lock on the order', async () => {
    const provider = watchedTestProvider();
    const who = await orderBySepa();
    provider.hold();
    const started = debit(who);
    while (provider.calls.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    const locked = await db.transaction((tx) => tx.select({ id: orders.id }).from(orders).where(eq(orders.id, who.orderId)).for('update', { noWait: true }));
    expect(locked).toHaveLength(1);
    provider.release();
    expect(await started).toMatchObject({ ok: true, value: { status: 'paid' } });
  });

  test('a provider that refuses the mandate: nothing debited, the attempt failed, the next try works', async () => {
    const provider = watchedTestProvider();
    const who = await orderBySepa();
    provider.provider.createDebitMandate = async () => {
      throw new Error('HTTP 422: the account is not reachable by SEPA direct debit');
    };
    expect(await debit(who)).toMatchObject({ ok: false, error: expect.objectContaining({ message: expect.stringContaining('did not accept this account') }) });
    provider.provider.createDebitMandate = async () => {
      throw new ProviderUnavailableError('timed out');
    };
    expect(await debit(who)).toMatchObject({ ok: false, error: expect.objectContaining({ message: expect.stringContaining('Nothing was debited') }) });
    expect(provider.calls).toEqual([]);
    fakeProviderSlot.provider = testProvider;
    expect(await debit(who)).toMatchObject({ ok: true, value: { status: 'paid' } });
    const rows = await db.select().from(payments).where(eq(payments.orderId, who.orderId)).orderBy(payments.attempt);
    expect(rows.map((r) => [r.attempt, r.status])).toEqual([
      [1, 'failed'],
      [2, 'failed'],
      [3, 'paid'],
    ]);
  });

  test('another customer’s order, or an order paid another way, is refused and nothing is written', async () => {
    watchedTestProvider();
    const who = await orderBySepa();
    const other = await newCustomer('sepa-other');
    expect(await debit({ customerId: other.customerId, orderId: who.orderId })).toMatchObject({ ok: false, error: expect.objectContaining({ message: expect.stringContaining('could not find') }) });
    expect(await db.select().from(payments).where(eq(payments.orderId, who.orderId))).toEqual([]);
  });
});

describe('with Mollie (its fake API, recorded answers)', () => {
  let api: FakeMollieApi;
  beforeAll(async () => {
    // Its payment ids end up in the shared database: unique to this run.
    api = await startFakeMollieApi({ runId: crypto.randomUUID().replace(/-/g, '').slice(0, 10) });
  });
  afterAll(() => api.close());

  test('the mandate from the IBAN, then the first debit: pending until the bank settles, never asked twice', async () => {
    fakeProviderSlot.provider = createMollieProvider({ apiKey: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM', apiEndpoint: api.apiEndpoint, timeoutMs: 5_000 });
    const who = await orderBySepa();
    const start = api.requests.length;
    const done = await debit(who);
    expect(done).toMatchObject({ ok: true, value: { status: 'pending', orderId: who.orderId } });
    const calls = api.requests.slice(start).map((r) => `${r.method} ${r.path}`);
    expect(calls.slice(0, 3)).toEqual(['POST /v2/customers', 'POST /v2/customers/cst_8wmqcHMN4U/mandates', 'POST /v2/payments']);
    const [payment] = await db.select().from(payments).where(eq(payments.orderId, who.orderId));
    expect(payment).toMatchObject({ provider: 'mollie', method: 'sepa_debit', status: 'pending', checkoutUrl: null });
    expect(payment!.providerPaymentId).toMatch(/^tr_fake/);
    expect(api.requests[start + 1]!.body).toMatchObject({ consumerAccount: IBAN, mandateReference: `K${payment!.id.replace(/-/g, '').toUpperCase()}` });
    // Nothing starts before the money is there; a second submit asks Mollie for nothing.
    const [order] = await db.select().from(orders).where(eq(orders.id, who.orderId));
    expect(order).toMatchObject({ status: 'pending_payment' });
    const before = api.requests.length;
    expect(await debit(who)).toMatchObject({ ok: true, value: { status: 'pending', paymentId: payment!.id } });
    expect(api.requests.slice(before).filter((r) => r.method === 'POST')).toEqual([]);
  });
});
