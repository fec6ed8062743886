import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { setupRequest } from '../test-support/setup-request';
import type { SetupRequest } from '../types';
import { createMollieProvider } from './mollie-provider';
import { startFakeMollieApi, type FakeMollieApi } from './test-support/fake-mollie-api';

const API_KEY = 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM';

let api: FakeMollieApi;
let mollie: ReturnType<typeof createMollieProvider>;

beforeAll(async () => {
  api = await startFakeMollieApi();
  mollie = createMollieProvider({ apiKey: API_KEY, apiEndpoint: api.apiEndpoint, timeoutMs: 5_000 });
});
afterAll(() => api.close());

const setup = (overrides: Partial<SetupRequest> = {}) => setupRequest({ webhookUrl: 'https://shop.example.org/api/webhooks/mollie', ...overrides });

describe('createSetup', () => {
  test.each([
    ['card', 'creditcard', '0.00'],
    ['paypal', 'paypal', '0.00'],
    // The bank methods cannot pay nothing: the smallest amount, for a SEPA debit mandate.
    ['ideal', 'ideal', '0.01'],
  ])('%s: a customer, then a first payment of %s for %s', async (method, mollieMethod, value) => {
    const start = api.requests.length;
    const request = setup({ method });
    const result = await mollie.createSetup(request);

    const [customer, payment] = api.requests.slice(start);
    expect(customer).toMatchObject({ method: 'POST', path: '/v2/customers', idempotencyKey: `customer-${request.reference}` });
    expect(payment).toMatchObject({ method: 'POST', path: '/v2/payments', idempotencyKey: `setup-${request.reference}` });
    expect(payment!.body).toEqual({
      amount: { currency: 'EUR', value },
      description: request.description,
      method: mollieMethod,
      sequenceType: 'first',
      customerId: 'cst_8wmqcHMN4U',
      redirectUrl: request.returnUrl,
      webhookUrl: request.webhookUrl,
      metadata: { setup: request.reference },
    });
    expect(result.providerSetupId).toMatch(/^tr_fake\d+$/);
    expect(result.redirectUrl).toContain('https://www.mollie.com/checkout/');
  });

  test('a known Mollie customer is reused', async () => {
    const start = api.requests.length;
    await mollie.createSetup(setup({ providerCustomerId: 'cst_known1' }));
    const requests = api.requests.slice(start);
    expect(requests.map((r) => r.path)).toEqual(['/v2/payments']);
    expect(requests[0]!.body).toMatchObject({ customerId: 'cst_known1' });
  });
});

describe('getSetup', () => {
  test('a paid first payment: the mandate, with the card brand, last four and expiry read from it', async () => {
    expect(await mollie.getSetup('tr_paidSetupCard')).toEqual({
      providerSetupId: 'tr_paidSetupCard',
      status: 'succeeded',
      mandateRef: 'cst_8wmqcHMN4U/mdt_cardK8sPq2',
      providerCustomerId: 'cst_8wmqcHMN4U',
      details: { type: 'card', brand: 'Mastercard', last4: '6787', expiryMonth: 3, expiryYear: 2029, ibanMasked: null },
    });
  });

  test('a paid iDEAL first payment leaves a SEPA debit mandate: the IBAN masked', async () => {
    expect(await mollie.getSetup('tr_paidFirst')).toMatchObject({
      status: 'succeeded',
      mandateRef: 'cst_8wmqcHMN4U/mdt_pWUnw6pkBN',
      details: { type: 'sepa_debit', last4: '0000', ibanMasked: 'NL55 •••• 0000', brand: null, expiryMonth: null },
    });
  });

  test.each([
    ['tr_openSetup', 'open'],
    ['tr_canceled', 'canceled'],
    ['tr_expired', 'canceled'],
    ['tr_failedCardDeclined', 'failed'],
  ])('%s is %s, with no mandate', async (id, status) => {
    expect(await mollie.getSetup(id)).toMatchObject({ status, mandateRef: null, details: null });
  });

  test('an unknown payment is null', async () => {
    expect(await mollie.getSetup('tr_doesNotExist')).toBeNull();
  });
});
