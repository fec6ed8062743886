import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { setupRequest } from '../test-support/setup-request';
import { createStripeProvider } from './stripe-provider';
import { startFakeStripeApi, type FakeStripeApi } from './test-support/fake-stripe-api';

let api: FakeStripeApi;
let stripe: ReturnType<typeof createStripeProvider>;

beforeAll(async () => {
  api = await startFakeStripeApi();
  stripe = createStripeProvider({
    secretKey: 'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
    webhookSecret: 'whsec_test_setup',
    host: api.host,
    port: api.port,
    protocol: api.protocol,
    maxNetworkRetries: 0,
  });
});
afterAll(() => api.close());

const setup = setupRequest;

describe('createSetup', () => {
  test('a customer, then a Checkout Session in setup mode for the chosen method', async () => {
    const start = api.requests.length;
    const request = setup();
    const result = await stripe.createSetup(request);

    const [customer, session] = api.requests.slice(start);
    expect(customer).toMatchObject({ method: 'POST', path: '/v1/customers', idempotencyKey: `customer-${request.reference}` });
    expect(session).toMatchObject({ method: 'POST', path: '/v1/checkout/sessions', idempotencyKey: `setup-${request.reference}` });
    expect(session!.params).toMatchObject({
      mode: 'setup',
      currency: 'eur',
      customer: expect.stringMatching(/^cus_fake\d+$/),
      client_reference_id: request.reference,
      'metadata[setup]': request.reference,
      'allowed_payment_method_types[0]': 'card',
      'setup_intent_data[metadata][setup]': request.reference,
      success_url: request.returnUrl,
      cancel_url: request.returnUrl,
    });
    expect(session!.params).not.toHaveProperty('line_items[0][price_data][unit_amount]');
    expect(result.providerSetupId).toMatch(/^cs_test_fake\d+$/);
    expect(result.redirectUrl).toMatch(/^https:\/\/checkout\.stripe\.com\/c\/pay\/cs_test_fake/);
  });

  test('a known Stripe customer is reused; iDEAL is saved as a SEPA debit', async () => {
    const start = api.requests.length;
    await stripe.createSetup(setup({ method: 'ideal', providerCustomerId: 'cus_NffrFeUfNV2Hib' }));
    const requests = api.requests.slice(start);
    expect(requests.map((r) => r.path)).toEqual(['/v1/checkout/sessions']);
    expect(requests[0]!.params).toMatchObject({ customer: 'cus_NffrFeUfNV2Hib', 'allowed_payment_method_types[0]': 'sepa_debit' });
  });

  test('a method Stripe cannot save is refused before any call', async () => {
    const start = api.requests.length;
    await expect(stripe.createSetup(setup({ method: 'bank_transfer' }))).rejects.toThrow('cannot save "bank_transfer"');
    expect(api.requests.length).toBe(start);
  });
});

describe('getSetup', () => {
  test('a complete session: the saved card with brand, last four and expiry, as customer/method', async () => {
    expect(await stripe.getSetup('cs_test_setupComplete')).toEqual({
      providerSetupId: 'cs_test_setupComplete',
      status: 'succeeded',
      mandateRef: 'cus_NffrFeUfNV2Hib/pm_1MqLiJLkdIwHu7ixUEgbFdYF',
      providerCustomerId: 'cus_NffrFeUfNV2Hib',
      details: { type: 'card', brand: 'Visa', last4: '4242', expiryMonth: 8, expiryYear: 2029, ibanMasked: null },
    });
    const [read] = api.requests.filter((r) => r.path === '/v1/checkout/sessions/cs_test_setupComplete');
    expect(read!.params).toMatchObject({ 'expand[0]': 'setup_intent.payment_method' });
  });

  test('a saved SEPA debit shows its country and last four', async () => {
    expect(await stripe.getSetup('cs_test_setupSepa')).toMatchObject({
      status: 'succeeded',
      mandateRef: 'cus_NffrFeUfNV2Hib/pm_1QsavedSepaDebit',
      details: { type: 'sepa_debit', last4: '3000', ibanMasked: 'DE•• •••• 3000' },
    });
  });

  test.each([
    ['cs_test_setupOpen', 'open'],
    ['cs_test_setupExpired', 'canceled'],
  ])('%s is %s, with no mandate', async (id, status) => {
    expect(await stripe.getSetup(id)).toMatchObject({ status, mandateRef: null, details: null });
  });

  test('an unknown session is null', async () => {
    expect(await stripe.getSetup('cs_test_doesNotExist')).toBeNull();
  });
});
