import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ProviderUnavailableError, type CheckoutRequest, type FailureKind, type ProviderPaymentStatus } from '../types';
import events from './fixtures/events.json';
import { createStripeProvider, type StripeProviderConfig } from './stripe-provider';
import {
  FAILING_INTENT_ID,
  HANGING_INTENT_ID,
  startFakeStripeApi,
  type FakeStripeApi,
} from './test-support/fake-stripe-api';

// The adapter keeps no rows of its own: Stripe is its ledger.
const WEBHOOK_SECRET = 'whsec_5f0a7c3e9b1d4a6f8e2c0b7d9a1f3e5c';
const CUSTOMER = 'cus_NffrFeUfNV2Hib';
const SAVED_CARD = 'pm_1MqLiJLkdIwHu7ixUEgbFdYF';

let api: FakeStripeApi;
let stripe: ReturnType<typeof createStripeProvider>;

function providerFor(overrides: Partial<StripeProviderConfig> = {}) {
  return createStripeProvider({
    secretKey: 'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
    webhookSecret: WEBHOOK_SECRET,
    host: api.host,
    port: api.port,
    protocol: api.protocol,
    maxNetworkRetries: 0,
    ...overrides,
  });
}

beforeAll(async () => {
  api = await startFakeStripeApi();
  stripe = providerFor();
});
afterAll(() => api.close());

const requestsSince = (start: number) => api.requests.slice(start);

const checkout = (overrides: Partial<CheckoutRequest> = {}): CheckoutRequest => ({
  reference: crypto.randomUUID(),
  amountMinor: 1999,
  currency: 'EUR',
  description: 'Order 3f2c9a10',
  method: 'ideal',
  returnUrl: 'https://shop.example.org/checkout/return?payment=1',
  recurring: false,
  ...overrides,
});

describe('listChargebacks', () => {
  const OPENED = new Date(1775000000 * 1000);

  test('lists every dispute opened since the watermark, all pages, by its PaymentIntent', async () => {
    const start = api.requests.length;
    const listed = await stripe.listChargebacks!(new Date(OPENED.getTime() - 1000));
    expect(listed.sort((a, b) => a.providerChargebackId.localeCompare(b.providerChargebackId))).toEqual([
      { providerChargebackId: 'dp_1QdisputeWon', providerPaymentId: 'pi_disputeWon', createdAt: OPENED },
      { providerChargebackId: 'dp_1QfundsWithdrawn', providerPaymentId: 'pi_disputed', createdAt: OPENED },
    ]);
    const pages = requestsSince(start).filter((r) => r.path === '/v1/disputes');
    expect(pages).toHaveLength(2);
    expect(pages[0]!.params).toMatchObject({ 'created[gte]': String(OPENED.getTime() / 1000 - 1), limit: '100' });
    expect(pages[1]!.params.starting_after).toBeDefined();
  });

  test('a dispute opened before the watermark is not listed again', async () => {
    expect(await stripe.listChargebacks!(new Date(OPENED.getTime() + 1000))).toEqual([]);
  });

  test('no answer is ProviderUnavailableError, so the poll keeps its watermark', async () => {
    const unreachable = providerFor({ port: 1 });
    await expect(unreachable.listChargebacks!(OPENED)).rejects.toBeInstanceOf(ProviderUnavailableError);
  });
});

describe('createCheckout', () => {
  test.each([
    [1999, 'EUR', 'eur', '1999'],
    [500, 'JPY', 'jpy', '500'],
    [5, 'ISK', 'isk', '500'],
  ])('%i minor units of %s are sent as %s %s', async (amountMinor, currency, stripeCurrency, unitAmount) => {
    const start = api.requests.length;
    const request = checkout({ amountMinor, currency });
    const result = await stripe.createCheckout(request);

    const [create] = requestsSince(start);
    expect(create).toMatchObject({
      method: 'POST',
      path: '/v1/checkout/sessions',
      idempotencyKey: `checkout-${request.reference}`,
    });
    expect(create!.params).toEqual({
      mode: 'payment',
      client_reference_id: request.reference,
      'metadata[reference]': request.reference,
      'line_items[0][quantity]': '1',
      'line_items[0][price_data][currency]': stripeCurrency,
      'line_items[0][price_data][unit_amount]': unitAmount,
      'line_items[0][price_data][product_data][name]': 'Order 3f2c9a10',
      'allowed_payment_method_types[0]': 'ideal',
      success_url: request.returnUrl,
      cancel_url: request.returnUrl,
      'payment_intent_data[description]': 'Order 3f2c9a10',
      'payment_intent_data[metadata][reference]': request.reference,
    });
    expect(result.providerPaymentId).toMatch(/^cs_test_fake\d+$/);
    expect(result.redirectUrl).toMatch(
      new RegExp(`^https://checkout\\.stripe\\.com/c/pay/${result.providerPaymentId}#`),
    );
  });

  test('a recurring checkout saves the method for off-session use and has Checkout create the customer', async () => {
    const start = api.requests.length;
    await stripe.createCheckout(checkout({ method: 'card', recurring: true }));

    expect(requestsSince(start)[0]!.params).toMatchObject({
      'allowed_payment_method_types[0]': 'card',
      'payment_intent_data[setup_future_usage]': 'off_session',
      customer_creation: 'always',
    });
  });

  test('a recurring checkout reuses a known customer', async () => {
    const start = api.requests.length;
    await stripe.createCheckout(checkout({ method: 'sepa_debit', recurring: true, providerCustomerId: CUSTOMER }));

    const { params } = requestsSince(start)[0]!;
    expect(params).toMatchObject({ customer: CUSTOMER, 'payment_intent_data[setup_future_usage]': 'off_session' });
    expect(params).not.toHaveProperty('customer_creation');
  });

  test('a bank transfer is refused before anything is sent', async () => {
    const start = api.requests.length;
    await expect(stripe.createCheckout(checkout({ method: 'bank_transfer' }))).rejects.toThrow(
      'does not take "bank_transfer"',
    );
    expect(requestsSince(start)).toEqual([]);
  });
});

describe('getPayment', () => {
  test.each<[string, string, ProviderPaymentStatus, FailureKind | null, string | null, string | null]>([
    ['pi_requiresPaymentMethod', 'pi_requiresPaymentMethod', 'open', null, null, null],
    ['pi_requiresAction', 'pi_requiresAction', 'open', null, null, null],
    ['pi_processing', 'pi_processing', 'pending', null, null, 'sepa_debit'],
    ['pi_requiresCapture', 'pi_requiresCapture', 'pending', null, null, null],
    ['pi_succeededSaved', 'pi_succeededSaved', 'paid', null, `${CUSTOMER}/${SAVED_CARD}`, 'card'],
    ['pi_succeededIdeal', 'pi_succeededIdeal', 'paid', null, `${CUSTOMER}/pm_1Qgenerated5SepaDebit`, 'ideal'],
    ['pi_succeededOneoff', 'pi_succeededOneoff', 'paid', null, null, 'card'],
    ['pi_canceled', 'pi_canceled', 'canceled', null, null, null],
    ['pi_declinedInsufficientFunds', 'pi_declinedInsufficientFunds', 'failed', 'temporary', null, null],
    ['pi_declinedProcessingError', 'pi_declinedProcessingError', 'failed', 'temporary', null, null],
    ['pi_declinedExpired', 'pi_declinedExpired', 'failed', 'permanent', null, null],
    ['pi_declinedStolen', 'pi_declinedStolen', 'failed', 'permanent', null, null],
    ['pi_declinedAuthRequired', 'pi_declinedAuthRequired', 'failed', 'permanent', null, null],
    ['pi_declinedDoNotTryAgain', 'pi_declinedDoNotTryAgain', 'failed', 'permanent', null, null],
    ['pi_disputed', 'pi_disputed', 'charged_back', 'permanent', null, 'card'],
    ['pi_disputeWon', 'pi_disputeWon', 'paid', null, null, 'card'],
    // A session still open is the payer still on Stripe's page, even after a declined attempt.
    ['cs_test_open', 'cs_test_open', 'open', null, null, null],
    ['cs_test_openAfterDecline', 'cs_test_openAfterDecline', 'open', null, null, null],
    ['cs_test_expired', 'cs_test_expired', 'canceled', null, null, null],
    ['cs_test_expiredUnfinished', 'pi_requiresPaymentMethod', 'canceled', null, null, null],
    // Once the session is done, the intent speaks, under its own id.
    ['cs_test_complete', 'pi_succeededSaved', 'paid', null, `${CUSTOMER}/${SAVED_CARD}`, 'card'],
    ['cs_test_completeProcessing', 'pi_processing', 'pending', null, null, 'sepa_debit'],
  ])('%s reads as %s %s (%s)', async (id, providerPaymentId, status, failureKind, mandateRef, method) => {
    const payment = await stripe.getPayment(id);

    expect(payment).toMatchObject({ providerPaymentId, status, failureKind, mandateRef, method });
    if (status === 'failed' || status === 'charged_back') expect(payment!.failureReason).toBeTruthy();
    else expect(payment!.failureReason).toBeNull();
  });

  test('asks Stripe to expand the charge, and lists disputes only for a disputed charge', async () => {
    let start = api.requests.length;
    await stripe.getPayment('cs_test_complete');
    expect(requestsSince(start)).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/v1/checkout/sessions/cs_test_complete',
        params: { 'expand[0]': 'payment_intent.latest_charge' },
      }),
    ]);

    start = api.requests.length;
    await stripe.getPayment('pi_disputed');
    expect(requestsSince(start)).toEqual([
      expect.objectContaining({ path: '/v1/payment_intents/pi_disputed', params: { 'expand[0]': 'latest_charge' } }),
      expect.objectContaining({ path: '/v1/disputes', params: { payment_intent: 'pi_disputed' } }),
    ]);
  });

  test('failure reasons are the provider\u2019s words', async () => {
    expect((await stripe.getPayment('pi_declinedInsufficientFunds'))!.failureReason).toBe(
      'Your card has insufficient funds.',
    );
    expect((await stripe.getPayment('pi_disputed'))!.failureReason).toBe('Disputed: fraudulent');
  });

  test('an unknown payment is null', async () => {
    expect(await stripe.getPayment('pi_doesNotExist')).toBeNull();
    expect(await stripe.getPayment('cs_test_doesNotExist')).toBeNull();
  });
});

describe('chargeMandate', () => {
  const charge = (overrides: { mandateRef?: string; idempotencyKey?: string } = {}) => ({
    idempotencyKey: crypto.randomUUID(),
    mandateRef: `${CUSTOMER}/${SAVED_CARD}`,
    amountMinor: 1999,
    currency: 'EUR',
    description: 'Invoice 2026-0042',
    ...overrides,
  });

  test('confirms an off-session PaymentIntent under the idempotency key, and a repeat returns the same payment', async () => {
    const start = api.requests.length;
    const createdBefore = api.createdIntents.length;
    const request = charge();
    const first = await stripe.chargeMandate(request);
    const again = await stripe.chargeMandate(request);

    expect(first).toMatchObject({ status: 'paid', method: 'card', mandateRef: request.mandateRef, failureKind: null });
    expect(first.providerPaymentId).toMatch(/^pi_fake\d+$/);
    expect(again).toEqual(first);
    expect(api.createdIntents.length).toBe(createdBefore + 1);
    const creates = requestsSince(start).filter((sent) => sent.method === 'POST');
    expect(creates).toHaveLength(2);
    for (const create of creates) {
      expect(create).toMatchObject({ path: '/v1/payment_intents', idempotencyKey: request.idempotencyKey });
      expect(create.params).toEqual({
        amount: '1999',
        currency: 'eur',
        customer: CUSTOMER,
        payment_method: SAVED_CARD,
        'allowed_payment_method_types[0]': 'card',
        off_session: 'true',
        confirm: 'true',
        description: 'Invoice 2026-0042',
        'metadata[idempotency_key]': request.idempotencyKey,
        'expand[0]': 'latest_charge',
      });
    }
  });

  test('a decline is a failed payment, not an error, and a repeat gets the same decline', async () => {
    const request = charge({ mandateRef: `${CUSTOMER}/pm_1QcardInsufficientFunds` });
    const createdBefore = api.createdIntents.length;
    const first = await stripe.chargeMandate(request);
    const again = await stripe.chargeMandate(request);

    expect(first).toMatchObject({
      status: 'failed',
      failureKind: 'temporary',
      failureReason: 'Your card has insufficient funds.',
      mandateRef: null,
      method: 'card',
    });
    expect(first.providerPaymentId).toMatch(/^pi_fake\d+$/);
    expect(again).toEqual(first);
    expect(api.createdIntents.length).toBe(createdBefore + 1);
  });

  test('a SEPA debit is pending until the bank answers', async () => {
    const payment = await stripe.chargeMandate(charge({ mandateRef: `${CUSTOMER}/pm_1QsavedSepaDebit` }));
    expect(payment).toMatchObject({ status: 'pending', method: 'sepa_debit', mandateRef: null });
  });

  test('a payment method detached from the customer is refused before charging', async () => {
    const start = api.requests.length;
    await expect(stripe.chargeMandate(charge({ mandateRef: `${CUSTOMER}/pm_1QdetachedCard` }))).rejects.toThrow(
      'no longer attached',
    );
    expect(requestsSince(start).filter((sent) => sent.method === 'POST')).toEqual([]);
  });

  test('the same key with other parameters is a bug, reported as such', async () => {
    const request = charge();
    await stripe.chargeMandate(request);
    const changed = stripe.chargeMandate({ ...request, amountMinor: 2999 });
    await expect(changed).rejects.toThrow(
      /Stripe refused off-session charge with HTTP 400: Keys for idempotent requests/,
    );
    await expect(changed).rejects.not.toBeInstanceOf(ProviderUnavailableError);
  });
});

describe('refund', () => {
  test('refunds part of a payment under the idempotency key', async () => {
    const start = api.requests.length;
    const refund = await stripe.refund({
      idempotencyKey: 'refund-7',
      providerPaymentId: 'pi_succeededSaved',
      amountMinor: 500,
      currency: 'EUR',
      description: 'Credit note CN-2026-0007',
    });

    expect(refund).toEqual({ providerRefundId: expect.stringMatching(/^re_fake\d+$/), status: 'refunded' });
    expect(requestsSince(start)).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/v1/refunds',
        idempotencyKey: 'refund-7',
        params: {
          payment_intent: 'pi_succeededSaved',
          amount: '500',
          'metadata[description]': 'Credit note CN-2026-0007',
        },
      }),
    ]);
  });

  test('a checkout session is refunded through its PaymentIntent', async () => {
    const start = api.requests.length;
    await stripe.refund({
      idempotencyKey: 'refund-8',
      providerPaymentId: 'cs_test_complete',
      amountMinor: 1999,
      currency: 'EUR',
      description: 'Order canceled',
    });
    expect(requestsSince(start).at(-1)!.params).toMatchObject({ payment_intent: 'pi_succeededSaved', amount: '1999' });
  });
});

describe('an unreachable Stripe', () => {
  test('no answer within the timeout is ProviderUnavailableError', async () => {
    const impatient = providerFor({ timeoutMs: 200 });
    await expect(impatient.getPayment(HANGING_INTENT_ID)).rejects.toBeInstanceOf(ProviderUnavailableError);
  });

  test('HTTP 5xx is ProviderUnavailableError', async () => {
    await expect(stripe.getPayment(FAILING_INTENT_ID)).rejects.toBeInstanceOf(ProviderUnavailableError);
  });

  test('a refused connection is ProviderUnavailableError', async () => {
    const nowhere = providerFor({ port: 1 });
    await expect(nowhere.getPayment('pi_succeededSaved')).rejects.toBeInstanceOf(ProviderUnavailableError);
  });

  test('a rejected API key is a plain error, not an outage', async () => {
    const wrongKey = providerFor({ secretKey: 'sk_live_wrong' });
    const read = wrongKey.getPayment('pi_succeededSaved');
    await expect(read).rejects.toThrow('Stripe refused reading pi_succeededSaved with HTTP 401');
    await expect(read).rejects.not.toBeInstanceOf(ProviderUnavailableError);
  });
});

describe('parseWebhook', () => {
  const signed = (payload: string, secret = WEBHOOK_SECRET) =>
    new Headers({ 'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload, secret }) });

  test.each<[keyof typeof events, string[]]>([
    ['payment_intent.succeeded', ['pi_succeededSaved']],
    ['payment_intent.payment_failed', ['pi_declinedInsufficientFunds']],
    ['checkout.session.completed', ['cs_test_complete', 'pi_succeededSaved']],
    ['checkout.session.expired', ['cs_test_expired']],
    ['charge.dispute.created', ['pi_disputed']],
    ['charge.refunded', ['pi_succeededOneoff']],
    ['customer.created', []],
  ])('a signed %s names %j', async (type, ids) => {
    const rawBody = JSON.stringify(events[type]);
    expect(await stripe.parseWebhook({ headers: signed(rawBody), rawBody })).toEqual({
      ok: true,
      providerPaymentIds: ids,
    });
  });

  test('a forged signature is rejected', async () => {
    const rawBody = JSON.stringify(events['payment_intent.succeeded']);
    const result = await stripe.parseWebhook({ headers: signed(rawBody, 'whsec_someone_else'), rawBody });
    expect(result).toMatchObject({ ok: false, status: 400 });
  });

  test('a body changed after signing is rejected', async () => {
    const rawBody = JSON.stringify(events['payment_intent.succeeded']);
    const tampered = rawBody.replace('pi_succeededSaved', 'pi_succeededOneoff');
    expect(await stripe.parseWebhook({ headers: signed(rawBody), rawBody: tampered })).toMatchObject({
      ok: false,
      status: 400,
    });
  });

  test('a missing signature is rejected', async () => {
    const rawBody = JSON.stringify(events['payment_intent.succeeded']);
    expect(await stripe.parseWebhook({ headers: new Headers(), rawBody })).toMatchObject({ ok: false, status: 400 });
  });
});

describe('findPayment', () => {
  test('finds an off-session charge by its idempotency key among the customer\u2019s intents, and nothing for a key never sent', async () => {
    const since = new Date();
    const request = {
      idempotencyKey: crypto.randomUUID(),
      mandateRef: `${CUSTOMER}/${SAVED_CARD}`,
      amountMinor: 700,
      currency: 'EUR',
      description: 'Invoice 2026-0044',
    };
    const charged = await stripe.chargeMandate(request);
    const start = api.requests.length;
    const found = await stripe.findPayment({ kind: 'charge', idempotencyKey: request.idempotencyKey, mandateRef: request.mandateRef, since });
    expect(found).toMatchObject({ providerPaymentId: charged.providerPaymentId, status: 'paid', checkoutUrl: null });
    expect(requestsSince(start)[0]).toMatchObject({ method: 'GET', path: '/v1/payment_intents', params: { customer: CUSTOMER } });
    expect(
      await stripe.findPayment({ kind: 'charge', idempotencyKey: crypto.randomUUID(), mandateRef: request.mandateRef, since }),
    ).toBeNull();
  });

  test('finds a checkout session by our reference, with its page while it is open', async () => {
    const since = new Date();
    const request = checkout();
    const created = await stripe.createCheckout(request);
    const found = await stripe.findPayment({ kind: 'checkout', reference: request.reference, since });
    expect(found).toMatchObject({ providerPaymentId: created.providerPaymentId, status: 'open', checkoutUrl: created.redirectUrl });
    expect(await stripe.findPayment({ kind: 'checkout', reference: crypto.randomUUID(), since })).toBeNull();
  });
});

describe('revokeMandate', () => {
  test('detaches the saved method from its customer; once detached it is gone', async () => {
    const start = api.requests.length;
    expect(await stripe.revokeMandate(`${CUSTOMER}/pm_1QsavedSepaDebit`)).toBe('revoked');
    expect(requestsSince(start).map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /v1/payment_methods/pm_1QsavedSepaDebit',
      'POST /v1/payment_methods/pm_1QsavedSepaDebit/detach',
    ]);
    expect(await stripe.revokeMandate(`${CUSTOMER}/pm_1QsavedSepaDebit`)).toBe('gone');
    // A method Stripe never had is gone too.
    expect(await stripe.revokeMandate(`${CUSTOMER}/pm_1Qnonexistent`)).toBe('gone');
  });

  test('a method detached before (no customer) is gone without a detach call', async () => {
    const start = api.requests.length;
    expect(await stripe.revokeMandate(`${CUSTOMER}/pm_1QdetachedCard`)).toBe('gone');
    expect(requestsSince(start).map((r) => r.method)).toEqual(['GET']);
  });
});

describe('the card country, kept as OSS evidence', () => {
  test.each([
    ['pi_succeededOneoff', 'NL'],
    ['cs_test_complete', 'NL'],
    ['pi_succeededIdeal', null],
    ['pi_processing', null],
    ['cs_test_open', null],
  ])('%s: the charge’s payment_method_details.card.country read as %s', async (id, country) => {
    expect((await stripe.getPayment(id))!.cardCountry).toBe(country);
  });
});
