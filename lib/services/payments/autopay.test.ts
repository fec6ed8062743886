import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, test, vi, beforeEach, afterEach } from 'vitest';
import { db } from '@/db/client';
import { customerBalanceEntries, customers, emailOutbox, invoices, paymentMethods, payments, subscriptions, testProviderPayments } from '@/db/schema';
import { testProvider } from '@/lib/payments/test-provider';
import { applyTestProviderEvent, decideTestCheckout } from '@/lib/payments/test-provider-events';
import { signTestWebhook, TEST_SIGNATURE_HEADER } from '@/lib/payments/test-provider-webhook';
import type { TestMandateBehaviour } from '@/lib/payments/test-provider-outcomes';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { createTestInvoice, createTestSubscription } from '@/lib/services/email/test-fixtures';
import { planByCode } from '@/test/support/checkout-fixtures';
import { payLinksIn } from '@/test/support/pay-links';
import { POST as webhook } from '@/app/api/webhooks/[provider]/route';
import { creditBalance } from './credit-balance';
import { recordChargeOutcome } from './record-charge-outcome';
import { settleInvoicePayment } from './settle-invoice-payment';
import { startInvoicePayment } from './start-invoice-payment';
import { balanceIn } from '@/lib/services/payments/payment-test-fixtures';

beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('APP_URL', 'http://shop.test');
});
afterEach(() => vi.unstubAllEnvs());

async function simulate(mandate: TestMandateBehaviour) {
  const clock = await createTestClock({ name: `autopay ${mandate}`, startAt: new Date('2026-01-15T10:00:00Z') });
  const plan = await planByCode('trendhouse-monthly');
  const subscribed = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan.id, autopay: true, mandate });
  if (!subscribed.ok) throw new Error(subscribed.error);
  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, subscribed.value.customerId));
  return { clock, sub: sub!, customerId: subscribed.value.customerId };
}

const term1Invoice = async (subscriptionId: string) =>
  (await db.select().from(invoices).where(and(eq(invoices.subscriptionId, subscriptionId), eq(invoices.term, 1))))[0]!;
const attemptsOf = (invoiceId: string) =>
  db.select().from(payments).where(eq(payments.invoiceId, invoiceId)).orderBy(asc(payments.attempt));
const subscriptionOf = async (id: string) => (await db.select().from(subscriptions).where(eq(subscriptions.id, id)))[0]!;
const mailsTo = async (customerId: string, template: string) => {
  const [customer] = await db.select({ email: customers.email }).from(customers).where(eq(customers.id, customerId));
  return db.select().from(emailOutbox).where(and(eq(emailOutbox.template, template), eq(emailOutbox.toAddress, customer!.email)));
};

function signedWebhook(body: string, signature = signTestWebhook(body)) {
  return new Request('http://shop.test/api/webhooks/test', {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TEST_SIGNATURE_HEADER]: signature },
    body,
  }) as never;
}
const params = { params: Promise.resolve({ provider: 'test' }) };

describe('autopay', () => {
  test('a card short of funds fails twice (temporary), is retried after 1 and 3 days, and the third attempt pays', async () => {
    const { clock, sub, customerId } = await simulate('flaky');
    await advanceTestClock({ clockId: clock.id, to: new Date('2026-02-25T12:00:00Z') });

    const invoice = await term1Invoice(sub.id);
    const attempts = await attemptsOf(invoice.id);
    expect(invoice.status).toBe('paid');
    expect(attempts.map((a) => [a.attempt, a.status, a.failureKind])).toEqual([
      [1, 'failed', 'temporary'],
      [2, 'failed', 'temporary'],
      [3, 'paid', null],
    ]);
    // Issued Feb 15 10:00 (Oslo 11:00); retries one and then three local days later.
    expect(attempts[1]!.chargeAt!.toISOString()).toBe('2026-02-16T10:00:00.000Z');
    expect(attempts[2]!.chargeAt!.toISOString()).toBe('2026-02-19T10:00:00.000Z');
    expect(invoice.paidAt!.toISOString()).toBe('2026-02-19T10:00:00.000Z');
    expect((await subscriptionOf(sub.id)).status).toBe('active');
    // Told twice that a retry is coming, then a receipt; no reminder was ever needed.
    expect(await mailsTo(customerId, 'payment-failed')).toHaveLength(2);
    expect(await mailsTo(customerId, 'payment-received')).toHaveLength(1);
    expect(await mailsTo(customerId, 'reminder')).toHaveLength(0);
  });

  test('an expired card fails permanently: past due at once, suspended by the dunning plan, then paid through the link and reactivated', async () => {
    const { clock, sub, customerId } = await simulate('failing');
    await advanceTestClock({ clockId: clock.id, to: new Date('2026-02-16T12:00:00Z') });
    const invoice = await term1Invoice(sub.id);
    expect((await attemptsOf(invoice.id)).map((a) => [a.attempt, a.status, a.failureKind])).toEqual([[1, 'failed', 'permanent']]);
    expect((await subscriptionOf(sub.id)).status).toBe('past_due');
    const [failedMail] = await mailsTo(customerId, 'payment-failed');
    expect(payLinksIn(failedMail!.html, 'http://shop.test').map((link) => link.invoiceId)).toContain(invoice.id);

    await advanceTestClock({ clockId: clock.id, to: new Date('2026-04-05T12:00:00Z') });
    expect((await subscriptionOf(sub.id)).status).toBe('suspended');

    // The customer follows the link and pays with a new card on the provider's page.
    const started = await startInvoicePayment({ invoiceId: invoice.id, customerId, method: 'card', baseUrl: 'http://shop.test' });
    if (!started.ok) throw new Error(started.error.message);
    const providerPaymentId = started.value.redirectUrl.split('/').pop()!;
    await decideTestCheckout(providerPaymentId, { status: 'paid', mandate: 'ok', at: new Date() });
    const [payment] = await db.select().from(payments).where(eq(payments.providerPaymentId, providerPaymentId));
    const settled = await settleInvoicePayment({ paymentId: payment!.id, now: new Date('2026-04-05T12:00:00Z') });
    expect(settled.status).toBe('paid');

    const after = await term1Invoice(sub.id);
    expect(after.status).toBe('paid');
    expect(after.amountPaidMinor).toBe(after.totalMinor); // reminder fees included
    const restored = await subscriptionOf(sub.id);
    expect(restored.status).toBe('active');
    expect(restored.nextActionAt).not.toBeNull();
    // The new card is the one autopay charges from now on.
    const methods = await db.select().from(paymentMethods).where(eq(paymentMethods.customerId, customerId));
    expect(methods.find((m) => m.isDefault)!.mandateRef).toBe(`tm_ok_${providerPaymentId}`);
  });

  test('a SEPA debit that bounces after it looked paid reopens the invoice and starts a new round of dunning', async () => {
    const { clock, sub, customerId } = await simulate('bouncing');
    await advanceTestClock({ clockId: clock.id, to: new Date('2026-02-16T12:00:00Z') });
    const invoice = await term1Invoice(sub.id);
    expect(invoice.status).toBe('paid');
    const [charge] = await attemptsOf(invoice.id);

    // The bank returns the debit; the provider tells the shop by webhook, twice.
    expect(await applyTestProviderEvent(charge!.providerPaymentId!, 'charge-back')).toBe(true);
    const body = JSON.stringify({ id: charge!.providerPaymentId });
    for (let i = 0; i < 2; i += 1) expect((await webhook(signedWebhook(body), params)).status).toBe(200);

    const reopened = await term1Invoice(sub.id);
    expect(reopened).toMatchObject({ status: 'open', amountPaidMinor: 0, dunningRound: 1, nextDunningStep: 0 });
    expect(reopened.nextDunningAt!.getTime()).toBeGreaterThan(Date.now() - 1); // counted from the bounce, not the old due date
    expect((await attemptsOf(invoice.id))[0]).toMatchObject({ status: 'charged_back' });
    expect((await subscriptionOf(sub.id)).status).toBe('past_due');
    // The returned-payment notice, with the link to pay; AM04 (insufficient funds) is no dispute.
    expect(await mailsTo(customerId, 'payment-returned')).toMatchObject([{ props: { disputed: false, payUrl: expect.stringContaining('/pay/') } }]);
    expect(await mailsTo(customerId, 'payment-failed')).toEqual([]);
  });
});

describe('autopay retries', () => {
  const declined = (providerPaymentId: string) => ({
    providerPaymentId,
    status: 'failed' as const,
    failureReason: 'Declined: insufficient funds',
    cardCountry: null,
    failureKind: 'temporary' as const,
    mandateRef: null,
    method: null,
  });

  // What the invoice saw before its autopay charge: the customer's balance paid part of it, or the
  // customer tried the pay link and the payment failed.
  test.each([
    ['the balance paid part of the invoice', { source: 'balance', method: 'balance', provider: 'none', amountMinor: 1000, status: 'paid' }],
    ['a pay-link payment failed', { source: 'checkout', method: 'ideal', provider: 'test', amountMinor: 3200, status: 'failed' }],
  ] as const)('three retries, one, three and five days apart, even when %s first', async (_first, earlier) => {
    const { subscription, customer } = await createTestSubscription('en', { mandate: true });
    const { invoice } = await createTestInvoice('en', 'open', { customer, subscriptionId: subscription.id, term: 1 });
    await db.insert(payments).values({ customerId: customer.id, invoiceId: invoice.id, attempt: 1, currency: 'EUR', ...earlier });
    const [first] = await db
      .insert(payments)
      .values({ customerId: customer.id, invoiceId: invoice.id, attempt: 2, provider: 'test', method: 'card', amountMinor: 2200, currency: 'EUR', source: 'autopay' })
      .returning();

    let paymentId = first!.id;
    let at = new Date('2026-03-15T09:00:00Z');
    const waits: number[] = [];
    for (let charge = 1; charge <= 3; charge += 1) {
      const outcome = await recordChargeOutcome({ paymentId, state: declined(`tp_retry_${paymentId}`), now: at });
      expect(outcome.retry).not.toBeNull();
      waits.push(Math.round((outcome.retry!.chargeAt.getTime() - at.getTime()) / 86_400_000));
      paymentId = outcome.retry!.paymentId;
      at = outcome.retry!.chargeAt;
    }
    expect(waits).toEqual([1, 3, 5]);
    // The fourth charge of the sequence is the last: declined again, the customer must act.
    const last = await recordChargeOutcome({ paymentId, state: declined(`tp_retry_${paymentId}`), now: at });
    expect(last).toMatchObject({ status: 'failed', retry: null });
    const autopay = (await attemptsOf(invoice.id)).filter((p) => p.source === 'autopay');
    expect(autopay.map((p) => [p.attempt, p.status])).toEqual([
      [2, 'failed'],
      [3, 'failed'],
      [4, 'failed'],
      [5, 'failed'],
    ]);
    expect((await subscriptionOf(subscription.id)).status).toBe('past_due');
  });
});

describe('idempotent charges', () => {
  test('a provider that accepts the charge and then times out is asked for the charge by its key: charged once', async () => {
    const { clock, sub } = await simulate('timeout-once');
    const chargeMandate = vi.spyOn(testProvider, 'chargeMandate');
    const findPayment = vi.spyOn(testProvider, 'findPayment');
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    await advanceTestClock({ clockId: clock.id, to: new Date('2026-02-15T12:00:00Z') });
    await advanceTestClock({ clockId: clock.id, to: new Date('2026-02-15T13:00:00Z') });
    quiet.mockRestore();
    const invoice = await term1Invoice(sub.id);
    const [charged, ...others] = await attemptsOf(invoice.id);
    expect(others).toHaveLength(0);
    expect(charged).toMatchObject({ attempt: 1, status: 'paid' });
    expect(invoice.status).toBe('paid');
    // Charged once; the answer never came, so the provider was asked for the charge by the
    // attempt's own id (its idempotency key) instead of being asked to charge again.
    const keys = chargeMandate.mock.calls.map(([request]) => request.idempotencyKey).filter((k) => k === charged!.id);
    expect(keys).toHaveLength(1);
    expect(findPayment.mock.calls.map(([lookup]) => lookup.kind === 'charge' && lookup.idempotencyKey)).toContain(charged!.id);
    chargeMandate.mockRestore();
    findPayment.mockRestore();
    // One payment at the provider for that key, not two.
    const atProvider = await db.select().from(testProviderPayments).where(eq(testProviderPayments.id, charged!.providerPaymentId!));
    expect(atProvider).toHaveLength(1);
    const charges = await db
      .select()
      .from(testProviderPayments)
      .where(and(eq(testProviderPayments.kind, 'charge'), eq(testProviderPayments.description, `Invoice ${invoice.number}`)));
    expect(charges).toHaveLength(1);
  });
});

describe('out-of-order webhooks', () => {
  test('a pay-link payment left pending converges on the provider state whatever order the webhooks come in', async () => {
    const { clock, sub, customerId } = await simulate('failing');
    await advanceTestClock({ clockId: clock.id, to: new Date('2026-02-16T12:00:00Z') });
    const invoice = await term1Invoice(sub.id);
    const started = await startInvoicePayment({ invoiceId: invoice.id, customerId, method: 'ideal', baseUrl: 'http://shop.test' });
    if (!started.ok) throw new Error(started.error.message);
    const providerPaymentId = started.value.redirectUrl.split('/').pop()!;
    const body = JSON.stringify({ id: providerPaymentId });
    // The payer chose "pending" (a bank-transfer iDEAL): an early webhook changes nothing yet.
    await decideTestCheckout(providerPaymentId, { status: 'pending', at: new Date() });
    expect((await webhook(signedWebhook(body), params)).status).toBe(200);
    expect((await term1Invoice(sub.id)).status).toBe('open');

    // It settles; the settlement's webhook and a late copy of the early one arrive in either order.
    expect(await applyTestProviderEvent(providerPaymentId, 'settle')).toBe(true);
    for (let i = 0; i < 3; i += 1) expect((await webhook(signedWebhook(body), params)).status).toBe(200);
    const paid = await term1Invoice(sub.id);
    expect(paid.status).toBe('paid');
    expect(paid.amountPaidMinor).toBe(paid.totalMinor);
    const linkPayments = (await attemptsOf(invoice.id)).filter((p) => p.source === 'checkout');
    expect(linkPayments.map((p) => p.status)).toEqual(['paid']);
    expect(await mailsTo(customerId, 'payment-received')).toHaveLength(1);
  });
});

describe('credit balance', () => {
  test('is used on the next invoice, and autopay charges only the rest', async () => {
    const { clock, sub, customerId } = await simulate('ok');
    await db.transaction((tx) => creditBalance(tx, { customerId, amountMinor: 1000, currency: 'EUR', reason: 'credit_note' }));
    await advanceTestClock({ clockId: clock.id, to: new Date('2026-02-16T12:00:00Z') });

    const invoice = await term1Invoice(sub.id);
    expect(invoice).toMatchObject({ status: 'paid', totalMinor: 3200, amountPaidMinor: 3200 });
    expect((await attemptsOf(invoice.id)).map((a) => [a.attempt, a.source, a.method, a.amountMinor, a.status])).toEqual([
      [1, 'balance', 'balance', 1000, 'paid'],
      [2, 'autopay', 'card', 2200, 'paid'],
    ]);
    expect(await balanceIn(customerId)).toBe(0);
    const entries = await db.select().from(customerBalanceEntries).where(eq(customerBalanceEntries.customerId, customerId));
    expect(entries.map((e) => [e.reason, e.amountMinor]).sort()).toEqual([
      ['applied_to_invoice', -1000],
      ['credit_note', 1000],
    ]);
  });
});

describe('payment webhooks', () => {
  test('a forged signature is refused and changes nothing', async () => {
    const body = JSON.stringify({ id: 'tp_000000000000000000000000' });
    const forged = await webhook(signedWebhook(body, signTestWebhook(body, 'not-the-secret')), params);
    expect(forged.status).toBe(401);
    const missing = await webhook(
      new Request('http://shop.test/api/webhooks/test', { method: 'POST', body }) as never,
      params,
    );
    expect(missing.status).toBe(400);
  });

  test('a tampered body does not match its signature', async () => {
    const body = JSON.stringify({ id: 'tp_000000000000000000000000' });
    const response = await webhook(signedWebhook(body.replace('0000', '1111'), signTestWebhook(body)), params);
    expect(response.status).toBe(401);
  });

  test('an unknown provider is a 404 and an unknown payment is acknowledged', async () => {
    const body = JSON.stringify({ id: 'tp_0123456789abcdef01234567' });
    expect((await webhook(signedWebhook(body), { params: Promise.resolve({ provider: 'nope' }) })).status).toBe(404);
    const unknown = await webhook(signedWebhook(body), params);
    expect(unknown.status).toBe(200);
    expect(await unknown.json()).toMatchObject({ handled: [{ outcome: 'unknown' }] });
  });
});
