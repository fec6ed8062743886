import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { orders, paymentMethods, payments, subscriptions } from '@/db/schema';
import { createMollieProvider } from '@/lib/payments/mollie/mollie-provider';
import { startFakeMollieApi, type FakeMollieApi } from '@/lib/payments/mollie/test-support/fake-mollie-api';
import type { PaymentProvider } from '@/lib/payments/types';
import { sweepStalePayments, STALE_PAYMENT_AFTER_MS } from '@/lib/services/payments/sweep-stale-payments';
import { syncProviderPayment } from '@/lib/services/payments/sync-provider-payment';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { cartOf, newCustomer, planByCode } from '@/test/support/checkout-fixtures';
import { fakeProviderSlot } from '@/test/support/fake-provider';
import { placeOrder } from './place-order';
import { startSepaDebitOrder } from './start-sepa-debit-order';

vi.mock('@/lib/payments/providers', async (real) => (await import('@/test/support/fake-provider')).providersWithFake(await real()));

// This file's own years (3730–3734). Provider calls are dated on the wall clock, as in production.
const ORDERED = new Date('3730-03-01T09:00:00Z');
const SETTLED = new Date('3730-03-04T06:00:00Z');
const BASE = 'http://localhost:3000';
const IBAN = 'DE89370400440532013000';

/** What a killed process leaves: nothing after the point of death runs. */
class ProcessDied extends Error {}

let api: FakeMollieApi;
let mollie: PaymentProvider;
beforeAll(async () => {
  api = await startFakeMollieApi({ runId: crypto.randomUUID().replace(/-/g, '').slice(0, 10) });
  mollie = createMollieProvider({ apiKey: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM', apiEndpoint: api.apiEndpoint, timeoutMs: 5_000 });
});
afterAll(() => api.close());
beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => {
  vi.unstubAllEnvs();
  fakeProviderSlot.provider = null;
});

/** Mollie, in a process that dies right after (or right before) its debit call. */
function dyingMollie(when: 'after-mollie-took-it' | 'before-the-call'): PaymentProvider {
  return {
    ...mollie,
    async chargeMandate(request) {
      if (when === 'after-mollie-took-it') await mollie.chargeMandate(request);
      throw new ProcessDied();
    },
  };
}

async function orderBySepa() {
  const settings = await getShopSettings(db);
  const { customerId } = await newCustomer('sepa-crash');
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

const submit = (who: { customerId: string; orderId: string }) =>
  startSepaDebitOrder({ ...who, accountHolder: 'Erika Mustermann', iban: IBAN, baseUrl: BASE, now: ORDERED });
const attemptsOf = (orderId: string) => db.select().from(payments).where(eq(payments.orderId, orderId)).orderBy(payments.attempt);
const orderOf = async (orderId: string) => (await db.select().from(orders).where(eq(orders.id, orderId)))[0]!;
const subscriptionsOf = (customerId: string) => db.select().from(subscriptions).where(eq(subscriptions.customerId, customerId));
/** The debits Mollie holds for one of our intents, by the reference it keeps with each. */
const debitsAtMollie = (paymentId: string) =>
  [...api.created.values()].filter((p) => (p.metadata as Record<string, unknown> | null)?.reference === paymentId && p.sequenceType === 'recurring');
const debitPosts = () => api.requests.filter((r) => r.method === 'POST' && r.path === '/v2/payments').length;
/** The sweep as the embedded tick or the Inngest cron runs it, once the intent is stale. */
const sweepLater = () => sweepStalePayments({ now: new Date(Date.now() + STALE_PAYMENT_AFTER_MS + 60_000), limit: 1_000 });

describe('a process that dies between Mollie’s debit and our write', () => {
  test('the sweep finds the debit by our intent’s id: attached, settled when the bank pays, never debited twice', async () => {
    const who = await orderBySepa();
    fakeProviderSlot.provider = dyingMollie('after-mollie-took-it');
    await expect(submit(who)).rejects.toBeInstanceOf(ProcessDied);

    // Our intent was committed before the call; Mollie took the debit under its id.
    const [intent] = await attemptsOf(who.orderId);
    expect(intent).toMatchObject({ status: 'pending', providerPaymentId: null, accountMasked: 'DE89 •••• 3000' });
    expect(intent!.providerRequestedAt).not.toBeNull();
    const [taken] = debitsAtMollie(intent!.id);
    expect(taken).toMatchObject({ status: 'pending', method: 'directdebit', amount: { value: expect.any(String), currency: 'EUR' } });

    // The process restarts. The customer submits again at once: no second debit is asked for.
    fakeProviderSlot.provider = mollie;
    const posts = debitPosts();
    expect(await submit(who)).toMatchObject({ ok: false, error: { code: 'sepa_being_set_up', message: expect.stringContaining('being set up') } });
    expect(debitPosts()).toBe(posts);

    const report = await sweepLater();
    expect(report.resolved).toBeGreaterThanOrEqual(1);
    expect(await attemptsOf(who.orderId)).toMatchObject([{ id: intent!.id, status: 'pending', providerPaymentId: taken!.id }]);
    // Pending at the bank: no subscription yet, and the customer is told it is on its way.
    expect(await orderOf(who.orderId)).toMatchObject({ status: 'pending_payment' });
    expect(await subscriptionsOf(who.customerId)).toEqual([]);
    expect(await submit(who)).toMatchObject({ ok: true, value: { status: 'pending', paymentId: intent!.id } });
    expect(debitPosts()).toBe(posts);

    // Days later the bank settles it and Mollie's webhook arrives: the order starts on that debit.
    Object.assign(taken!, { status: 'paid', paidAt: SETTLED.toISOString() });
    await syncProviderPayment({ provider: 'mollie', providerPaymentId: taken!.id as string, now: SETTLED });
    expect(await orderOf(who.orderId)).toMatchObject({ status: 'paid' });
    expect(await subscriptionsOf(who.customerId)).toMatchObject([{ status: 'active' }]);
    const [method] = await db.select().from(paymentMethods).where(and(eq(paymentMethods.customerId, who.customerId), eq(paymentMethods.isDefault, true)));
    expect(method).toMatchObject({ type: 'sepa_debit', label: 'SEPA direct debit DE89 •••• 3000', mandateRef: `cst_8wmqcHMN4U/${taken!.mandateId as string}` });
    expect(debitsAtMollie(intent!.id)).toHaveLength(1);
  });

  test('the process died before Mollie took anything: the sweep fails the intent, and the customer’s next try debits once', async () => {
    const who = await orderBySepa();
    fakeProviderSlot.provider = dyingMollie('before-the-call');
    await expect(submit(who)).rejects.toBeInstanceOf(ProcessDied);
    const [intent] = await attemptsOf(who.orderId);
    expect(debitsAtMollie(intent!.id)).toEqual([]);

    fakeProviderSlot.provider = mollie;
    await sweepLater();
    expect(await attemptsOf(who.orderId)).toMatchObject([{ id: intent!.id, status: 'failed', failureReason: 'The payment provider never took this direct debit' }]);
    expect(await subscriptionsOf(who.customerId)).toEqual([]);

    expect(await submit(who)).toMatchObject({ ok: true, value: { status: 'pending' } });
    const rows = await attemptsOf(who.orderId);
    expect(rows.map((r) => [r.attempt, r.status])).toEqual([
      [1, 'failed'],
      [2, 'pending'],
    ]);
    expect(debitsAtMollie(rows[1]!.id)).toHaveLength(1);
  });

  test('a customer who comes back once the call cannot still be running gets the debit Mollie took, not a second one', async () => {
    const who = await orderBySepa();
    fakeProviderSlot.provider = dyingMollie('after-mollie-took-it');
    await expect(submit(who)).rejects.toBeInstanceOf(ProcessDied);
    const [intent] = await attemptsOf(who.orderId);
    // Six minutes later (longer than any provider call may take), before any sweep.
    await db.update(payments).set({ providerRequestedAt: new Date(Date.now() - 6 * 60_000) }).where(eq(payments.id, intent!.id));

    fakeProviderSlot.provider = mollie;
    const posts = debitPosts();
    expect(await submit(who)).toMatchObject({ ok: true, value: { status: 'pending', paymentId: intent!.id } });
    expect(debitPosts()).toBe(posts);
    expect(await attemptsOf(who.orderId)).toMatchObject([{ id: intent!.id, providerPaymentId: debitsAtMollie(intent!.id)[0]!.id }]);
  });
});
