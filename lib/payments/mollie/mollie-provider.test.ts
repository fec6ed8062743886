import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ProviderUnavailableError, type CheckoutRequest, type FailureKind, type ProviderPaymentStatus } from '../types';
import { createMollieProvider } from './mollie-provider';
import {
  HANGING_PAYMENT_ID,
  startFakeMollieApi,
  UNAVAILABLE_PAYMENT_ID,
  type FakeMollieApi,
} from './test-support/fake-mollie-api';

// The adapter keeps no rows of its own: Mollie is its ledger.
const API_KEY = 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM';

let api: FakeMollieApi;
let mollie: ReturnType<typeof createMollieProvider>;

beforeAll(async () => {
  api = await startFakeMollieApi();
  mollie = createMollieProvider({ apiKey: API_KEY, apiEndpoint: api.apiEndpoint, timeoutMs: 5_000 });
});
afterAll(() => api.close());

const checkout = (overrides: Partial<CheckoutRequest> = {}): CheckoutRequest => ({
  reference: crypto.randomUUID(),
  amountMinor: 1999,
  currency: 'EUR',
  description: 'Order 3f2c9a10',
  method: 'ideal',
  returnUrl: 'https://shop.example.org/checkout/return?payment=1',
  webhookUrl: 'https://shop.example.org/api/webhooks/mollie',
  recurring: false,
  ...overrides,
});

/** The requests made from here on. */
function requestsSince(start: number) {
  return api.requests.slice(start);
}

describe('createCheckout', () => {
  test.each([
    [1999, 'EUR', '19.99'],
    [500, 'JPY', '500'],
    [5, 'EUR', '0.05'],
  ])('%i minor units of %s are sent as "%s"', async (amountMinor, currency, value) => {
    const start = api.requests.length;
    const request = checkout({ amountMinor, currency });
    const result = await mollie.createCheckout(request);

    const [create] = requestsSince(start);
    expect(create).toMatchObject({
      method: 'POST',
      path: '/v2/payments',
      idempotencyKey: `checkout-${request.reference}`,
    });
    expect(create!.body).toEqual({
      amount: { currency, value },
      description: 'Order 3f2c9a10',
      method: 'ideal',
      sequenceType: 'oneoff',
      redirectUrl: request.returnUrl,
      webhookUrl: request.webhookUrl,
      metadata: { reference: request.reference },
    });
    expect(result.providerPaymentId).toMatch(/^tr_fake\d+$/);
    expect(result.redirectUrl).toBe(
      `https://www.mollie.com/checkout/select-method/${result.providerPaymentId.slice(3)}`,
    );
  });

  test('a recurring checkout creates a customer and a first payment for it', async () => {
    const start = api.requests.length;
    const request = checkout({ method: 'card', recurring: true });
    await mollie.createCheckout(request);

    const [customer, payment] = requestsSince(start);
    expect(customer).toMatchObject({
      method: 'POST',
      path: '/v2/customers',
      idempotencyKey: `customer-${request.reference}`,
      body: { metadata: { reference: request.reference } },
    });
    expect(payment!.body).toMatchObject({ method: 'creditcard', sequenceType: 'first', customerId: 'cst_8wmqcHMN4U' });
  });

  test('a recurring checkout reuses a known customer', async () => {
    const start = api.requests.length;
    await mollie.createCheckout(checkout({ method: 'paypal', recurring: true, providerCustomerId: 'cst_kEn1PlbGa' }));

    const sent = requestsSince(start);
    expect(sent.map((request) => request.path)).toEqual(['/v2/payments']);
    expect(sent[0]!.body).toMatchObject({ method: 'paypal', sequenceType: 'first', customerId: 'cst_kEn1PlbGa' });
  });

  test('SEPA direct debit for a subscription starts with a bank payment that leaves a debit mandate', async () => {
    const start = api.requests.length;
    await mollie.createCheckout(checkout({ method: 'sepa_debit', recurring: true }));

    const payment = requestsSince(start).find((request) => request.path === '/v2/payments');
    expect(payment!.body).toMatchObject({
      method: ['ideal', 'bancontact', 'belfius', 'kbc', 'eps'],
      sequenceType: 'first',
    });
  });

  test('a bank transfer cannot leave a mandate, so it stays a one-off', async () => {
    const start = api.requests.length;
    await mollie.createCheckout(checkout({ method: 'bank_transfer', recurring: true }));

    const sent = requestsSince(start);
    expect(sent.map((request) => request.path)).toEqual(['/v2/payments']);
    expect(sent[0]!.body).toMatchObject({ method: 'banktransfer', sequenceType: 'oneoff' });
  });
});

describe('getPayment', () => {
  const MANDATE = 'cst_8wmqcHMN4U/mdt_pWUnw6pkBN';
  test.each<[string, ProviderPaymentStatus, FailureKind | null, string | null, string | null]>([
    ['tr_open', 'open', null, null, null],
    ['tr_pendingDebit', 'pending', null, null, 'directdebit'],
    ['tr_authorized', 'pending', null, null, 'creditcard'],
    ['tr_paidFirst', 'paid', null, MANDATE, 'ideal'],
    ['tr_paidOneoff', 'paid', null, null, 'creditcard'],
    ['tr_canceled', 'canceled', null, null, 'ideal'],
    ['tr_expired', 'canceled', null, null, null],
    ['tr_failedCardFunds', 'failed', 'temporary', null, 'creditcard'],
    ['tr_failedCardExpired', 'failed', 'permanent', null, 'creditcard'],
    ['tr_failedCardDeclined', 'failed', 'permanent', null, 'creditcard'],
    ['tr_failedAuthentication', 'failed', 'permanent', null, 'creditcard'],
    ['tr_failedCardUnknown', 'failed', 'temporary', null, 'creditcard'],
    ['tr_failedDebitAm04', 'failed', 'temporary', null, 'directdebit'],
    ['tr_failedDebitAc04', 'failed', 'permanent', null, 'directdebit'],
    ['tr_failedDebitMs03', 'failed', 'temporary', null, 'directdebit'],
    // A charged-back payment names the mandate it was taken on (not to be debited again if disputed).
    ['tr_chargedBack', 'charged_back', 'permanent', 'cst_8wmqcHMN4U/mdt_pWUnw6pkBN', 'directdebit'],
    ['tr_chargedBackCard', 'charged_back', 'permanent', null, 'creditcard'],
    ['tr_chargebackReversed', 'paid', null, null, 'creditcard'],
  ])('%s reads as %s (%s)', async (id, status, failureKind, mandateRef, method) => {
    const start = api.requests.length;
    const payment = await mollie.getPayment(id);

    expect(payment).toMatchObject({ providerPaymentId: id, status, failureKind, mandateRef, method });
    if (status === 'failed' || status === 'charged_back') expect(payment!.failureReason).toBeTruthy();
    else expect(payment!.failureReason).toBeNull();
    const [read] = requestsSince(start);
    expect(read).toMatchObject({ method: 'GET', path: `/v2/payments/${id}` });
    expect(read!.query.get('embed')).toBe('chargebacks');
  });

  test('a chargeback tells its date and SEPA code; a fee only where its settlement takes more than the amount', async () => {
    expect((await mollie.getPayment('tr_chargedBack'))!.chargeback).toEqual({ at: new Date('2026-04-02T13:00:00Z'), reasonCode: 'MD06', feeMinor: null });
    expect((await mollie.getPayment('tr_chargedBackCard'))!.chargeback).toMatchObject({ reasonCode: '4837', feeMinor: null });
    expect((await mollie.getPayment('tr_paidOneoff'))!.chargeback).toBeUndefined();
  });

  test('failure reasons are the provider\u2019s words', async () => {
    expect((await mollie.getPayment('tr_failedDebitAm04'))!.failureReason).toBe('Insufficient funds');
    expect((await mollie.getPayment('tr_chargedBack'))!.failureReason).toBe('Disputed by the debtor');
  });

  test('an unknown payment is null', async () => {
    expect(await mollie.getPayment('tr_doesNotExist')).toBeNull();
  });

  test('an id that is not a Mollie payment id is a bug, not a lookup', async () => {
    await expect(mollie.getPayment('pi_3MtwBwLkdIwHu7ix28a3tqPa')).rejects.toThrow('Not a Mollie payment id');
  });
});

describe('chargeMandate', () => {
  test('charges the mandate off-session under the idempotency key, and a repeat returns the same payment', async () => {
    const start = api.requests.length;
    const createdBefore = api.created.size;
    const request = {
      idempotencyKey: crypto.randomUUID(),
      mandateRef: 'cst_8wmqcHMN4U/mdt_pWUnw6pkBN',
      amountMinor: 1999,
      currency: 'EUR',
      description: 'Invoice 2026-0042',
      webhookUrl: 'https://shop.example.org/api/webhooks/mollie',
    };
    const first = await mollie.chargeMandate(request);
    const again = await mollie.chargeMandate(request);

    expect(first).toMatchObject({ status: 'pending', method: 'directdebit', failureKind: null });
    expect(again).toEqual(first);
    expect(api.created.size).toBe(createdBefore + 1);
    const sent = requestsSince(start);
    expect(sent).toHaveLength(2);
    for (const charge of sent) {
      expect(charge).toMatchObject({ method: 'POST', path: '/v2/payments', idempotencyKey: request.idempotencyKey });
      expect(charge.body).toEqual({
        amount: { currency: 'EUR', value: '19.99' },
        description: 'Invoice 2026-0042',
        sequenceType: 'recurring',
        customerId: 'cst_8wmqcHMN4U',
        mandateId: 'mdt_pWUnw6pkBN',
        webhookUrl: request.webhookUrl,
        metadata: { idempotencyKey: request.idempotencyKey },
      });
    }
  });

  test.each<[string, ProviderPaymentStatus, FailureKind | null]>([
    ['cst_8wmqcHMN4U/mdt_cardOk', 'paid', null],
    ['cst_8wmqcHMN4U/mdt_cardFunds', 'failed', 'temporary'],
  ])('a card mandate %s answers %s at once', async (mandateRef, status, failureKind) => {
    const payment = await mollie.chargeMandate({
      idempotencyKey: crypto.randomUUID(),
      mandateRef,
      amountMinor: 500,
      currency: 'EUR',
      description: 'Invoice 2026-0043',
    });
    expect(payment).toMatchObject({ status, failureKind, method: 'creditcard' });
  });

  test('a revoked mandate is refused with Mollie\u2019s explanation', async () => {
    const charge = mollie.chargeMandate({
      idempotencyKey: crypto.randomUUID(),
      mandateRef: 'cst_8wmqcHMN4U/mdt_revoked',
      amountMinor: 500,
      currency: 'EUR',
      description: 'Invoice 2026-0044',
    });
    await expect(charge).rejects.toThrow(
      'Mollie refused recurring payment creation with HTTP 422 (field mandateId): The mandate is invalid',
    );
  });
});

describe('refund', () => {
  test('refunds part of a payment under the idempotency key', async () => {
    const start = api.requests.length;
    const refund = await mollie.refund({
      idempotencyKey: 'refund-7',
      providerPaymentId: 'tr_paidOneoff',
      amountMinor: 500,
      currency: 'EUR',
      description: 'Credit note CN-2026-0007',
    });

    expect(refund).toEqual({ providerRefundId: expect.stringMatching(/^re_fake\d+$/), status: 'pending' });
    expect(requestsSince(start)).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/v2/payments/tr_paidOneoff/refunds',
        idempotencyKey: 'refund-7',
        body: { amount: { currency: 'EUR', value: '5.00' }, description: 'Credit note CN-2026-0007' },
      }),
    ]);
  });
});

describe('revokeMandate', () => {
  test('revokes the mandate through its customer; a second revoke finds it gone', async () => {
    const start = api.requests.length;
    expect(await mollie.revokeMandate('cst_8wmqcHMN4U/mdt_cardK8sPq2')).toBe('revoked');
    expect(requestsSince(start)).toEqual([
      expect.objectContaining({ method: 'DELETE', path: '/v2/customers/cst_8wmqcHMN4U/mandates/mdt_cardK8sPq2' }),
    ]);
    expect(await mollie.revokeMandate('cst_8wmqcHMN4U/mdt_cardK8sPq2')).toBe('gone');
  });

  test('a ref that is not a Mollie mandate is a bug, not a call', async () => {
    const start = api.requests.length;
    await expect(mollie.revokeMandate('cus_123/pm_456')).rejects.toThrow('Not a Mollie mandateRef');
    expect(requestsSince(start)).toEqual([]);
  });
});

describe('an unreachable Mollie', () => {
  test('no answer within the timeout is ProviderUnavailableError', async () => {
    const impatient = createMollieProvider({ apiKey: API_KEY, apiEndpoint: api.apiEndpoint, timeoutMs: 200 });
    await expect(impatient.getPayment(HANGING_PAYMENT_ID)).rejects.toBeInstanceOf(ProviderUnavailableError);
  });

  test('HTTP 5xx after the client\u2019s retries is ProviderUnavailableError', async () => {
    const start = api.requests.length;
    await expect(mollie.getPayment(UNAVAILABLE_PAYMENT_ID)).rejects.toBeInstanceOf(ProviderUnavailableError);
    // Only this payment's requests: the hanging request of the test before may still be retried meanwhile.
    expect(requestsSince(start).filter((r) => r.path.includes(UNAVAILABLE_PAYMENT_ID))).toHaveLength(3);
  });

  test('a refused connection is ProviderUnavailableError', async () => {
    const nowhere = createMollieProvider({ apiKey: API_KEY, apiEndpoint: 'https://127.0.0.1:1/v2/', timeoutMs: 5_000 });
    await expect(nowhere.getPayment('tr_open')).rejects.toBeInstanceOf(ProviderUnavailableError);
  });

  test('a rejected API key is a plain error, not an outage', async () => {
    const wrongKey = createMollieProvider({ apiKey: 'live_wrong', apiEndpoint: api.apiEndpoint });
    const read = wrongKey.getPayment('tr_open');
    await expect(read).rejects.toThrow('Mollie refused reading tr_open with HTTP 401');
    await expect(read).rejects.not.toBeInstanceOf(ProviderUnavailableError);
  });
});

describe('parseWebhook', () => {
  const webhook = (rawBody: string) =>
    mollie.parseWebhook({ headers: new Headers({ 'content-type': 'application/x-www-form-urlencoded' }), rawBody });

  test('names the payment of a classic webhook', async () => {
    expect(await webhook('id=tr_d0b0E3EA3v')).toEqual({ ok: true, providerPaymentIds: ['tr_d0b0E3EA3v'] });
  });

  test.each([
    ['an empty body', ''],
    ['an empty id', 'id='],
    ['an order id', 'id=ord_kEn1PlbGa'],
    ['an id with extra characters', "id=tr_d0b0E3EA3v'--"],
    ['a JSON body', '{"id":"tr_d0b0E3EA3v"}'],
  ])('rejects %s', async (_label, rawBody) => {
    expect(await webhook(rawBody)).toMatchObject({ ok: false, status: 400 });
  });
});

describe('findPayment', () => {
  test('finds a charge by its idempotency key among its customer\u2019s payments, and nothing for a key never sent', async () => {
    const since = new Date();
    const request = {
      idempotencyKey: crypto.randomUUID(),
      mandateRef: 'cst_8wmqcHMN4U/mdt_cardOk',
      amountMinor: 700,
      currency: 'EUR',
      description: 'Invoice 2026-0044',
    };
    const charged = await mollie.chargeMandate(request);
    const start = api.requests.length;
    const found = await mollie.findPayment({ kind: 'charge', idempotencyKey: request.idempotencyKey, mandateRef: request.mandateRef, since });
    expect(found).toEqual({ ...charged, checkoutUrl: null });
    expect(requestsSince(start)[0]).toMatchObject({ method: 'GET', path: '/v2/customers/cst_8wmqcHMN4U/payments' });
    expect(
      await mollie.findPayment({ kind: 'charge', idempotencyKey: crypto.randomUUID(), mandateRef: request.mandateRef, since }),
    ).toBeNull();
  });

  test('finds a checkout by our reference, with its page', async () => {
    const since = new Date();
    const request = checkout();
    const created = await mollie.createCheckout(request);
    const found = await mollie.findPayment({ kind: 'checkout', reference: request.reference, since });
    expect(found).toMatchObject({ providerPaymentId: created.providerPaymentId, status: 'open', checkoutUrl: created.redirectUrl });
    expect(await mollie.findPayment({ kind: 'checkout', reference: crypto.randomUUID(), since })).toBeNull();
  });
});

describe('the card country, kept as OSS evidence', () => {
  test.each([
    ['tr_paidOneoff', 'NL'],
    ['tr_chargebackReversed', 'NL'],
    ['tr_paidFirst', null],
    ['tr_pendingDebit', null],
  ])('%s: details.cardCountryCode read as %s', async (id, country) => {
    expect((await mollie.getPayment(id))!.cardCountry).toBe(country);
  });
});
