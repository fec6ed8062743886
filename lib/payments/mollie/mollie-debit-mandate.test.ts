import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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

const request = {
  reference: '0b5d2f3e-6a41-4c7e-9d0a-3f2b1c4d5e6f',
  accountHolder: 'Daan de Vries',
  iban: 'NL91ABNA0417164300',
  signedAt: new Date('2026-12-06T10:00:00Z'),
  mandateReference: 'K0B5D2F3E6A414C7E9D0A3F2B1C4D5E6F',
};

describe('createDebitMandate', () => {
  test('a customer, then a directdebit mandate from the holder and IBAN, keyed by our reference', async () => {
    const start = api.requests.length;
    const mandate = await mollie.createDebitMandate!(request);

    const [customer, created] = api.requests.slice(start);
    expect(customer).toMatchObject({ method: 'POST', path: '/v2/customers', idempotencyKey: `customer-${request.reference}` });
    expect(created).toMatchObject({ method: 'POST', path: '/v2/customers/cst_8wmqcHMN4U/mandates', idempotencyKey: `mandate-${request.reference}` });
    expect(created!.body).toEqual({
      method: 'directdebit',
      consumerName: 'Daan de Vries',
      consumerAccount: 'NL91ABNA0417164300',
      signatureDate: '2026-12-06',
      mandateReference: request.mandateReference,
    });
    expect(mandate).toEqual({ mandateRef: 'cst_8wmqcHMN4U/mdt_pWUnw6pkBN', providerCustomerId: 'cst_8wmqcHMN4U', status: 'valid' });
  });

  test('a known Mollie customer is reused', async () => {
    const start = api.requests.length;
    await mollie.createDebitMandate!({ ...request, providerCustomerId: 'cst_known1' });
    expect(api.requests.slice(start).map((r) => r.path)).toEqual(['/v2/customers/cst_known1/mandates']);
  });

  test('the first debit on the new mandate is pending until the bank settles it', async () => {
    const mandate = await mollie.createDebitMandate!(request);
    const start = api.requests.length;
    const payment = await mollie.chargeMandate({
      idempotencyKey: request.reference,
      mandateRef: mandate.mandateRef,
      amountMinor: 3875,
      currency: 'EUR',
      description: 'Order 0b5d2f3e',
    });
    expect(api.requests[start]!.body).toMatchObject({ sequenceType: 'recurring', customerId: 'cst_8wmqcHMN4U', mandateId: 'mdt_pWUnw6pkBN' });
    // Mollie names the mandate on the payment once it is paid; until then only its state counts.
    expect(payment).toMatchObject({ status: 'pending', method: 'directdebit', mandateRef: null });
  });
});

describe('findDebitMandate', () => {
  const lookup = (reference: string) => ({ reference, mandateReference: `K${reference.replace(/-/g, '').toUpperCase()}`, since: new Date(Date.now() - 60_000) });

  test('the live mandate a call with our reference made, found by it alone; none for another reference, none once revoked', async () => {
    const reference = crypto.randomUUID();
    const made = await mollie.createDebitMandate!({ ...request, reference, mandateReference: lookup(reference).mandateReference });
    const start = api.requests.length;
    expect(await mollie.findDebitMandate!(lookup(reference))).toEqual(made);
    expect(api.requests.slice(start).map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v2/customers', 'GET /v2/customers/cst_8wmqcHMN4U/mandates']);
    expect(await mollie.findDebitMandate!(lookup(crypto.randomUUID()))).toBeNull();

    expect(await mollie.revokeMandate(made.mandateRef)).toBe('revoked');
    expect(await mollie.findDebitMandate!(lookup(reference))).toBeNull();
  });

  test('customers made before the call are not read through', async () => {
    const reference = crypto.randomUUID();
    await mollie.createDebitMandate!({ ...request, reference, mandateReference: lookup(reference).mandateReference });
    expect(await mollie.findDebitMandate!({ ...lookup(reference), since: new Date(Date.now() + 3_600_000) })).toBeNull();
  });
});
