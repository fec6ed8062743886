import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { saveOrderPaymentSettings } from '@/lib/services/settings/save-order-payment-settings';
import type { OrderPaymentSettingsInput } from '@/lib/validations/order-payment-settings';
import { runCreditCheck, type CreditCheckRequest } from './credit-check';

/** A credit check on this machine, counting the requests that reach it. */
let server: Server;
let port: number;
let reached = 0;
beforeAll(async () => {
  server = createServer((_request, response) => {
    reached += 1;
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ decision: 'allow' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const request: CreditCheckRequest = {
  order: { currency: 'EUR', totalMinor: 1000, lines: [] },
  customer: {
    id: 'c',
    email: 'a@example.com',
    name: 'A',
    customerType: 'consumer',
    companyName: null,
    organisationNumber: null,
    vatId: null,
    addressLine1: null,
    postalCode: null,
    city: null,
    country: 'NL',
  },
};
const settings = (url: string) => ({ creditCheckUrl: url, creditCheckTimeoutMs: 2000, creditCheckFallback: 'refuse' as const });
const production = { requireHttps: false, allowPrivate: false };

async function form(creditCheckUrl: string): Promise<OrderPaymentSettingsInput> {
  const s = await getShopSettings(db);
  return {
    enabledPaymentMethods: s.enabledPaymentMethods as OrderPaymentSettingsInput['enabledPaymentMethods'],
    invoiceAccess: s.invoiceAccess,
    creditCheckUrl,
    creditCheckTimeoutSeconds: s.creditCheckTimeoutMs / 1000,
    creditCheckFallback: s.creditCheckFallback,
    requirePassword: s.requirePassword,
  };
}

describe('the credit check’s address is guarded like an outgoing webhook’s', () => {
  test.each([
    ['a loopback address', 'https://127.0.0.1/check', undefined, '127.0.0.1 is a private, loopback or reserved address'],
    ['the cloud metadata address', 'https://169.254.169.254/latest', undefined, '169.254.169.254 is a private'],
    ['a name that resolves to a private address', 'https://credit.internal.example/check', '10.1.2.3', 'credit.internal.example resolves to 10.1.2.3'],
  ])('in production, saving %s is refused with a reason and nothing is written', async (_what, url, answer, reason) => {
    const staff = await createStaffUser('admin');
    const before = (await getShopSettings(db)).creditCheckUrl;
    const resolve = async () => [{ address: answer ?? '93.184.216.34', family: 4 }];
    const saved = await saveOrderPaymentSettings({ ...(await form(url)), staffUserId: staff.id }, { NODE_ENV: 'production' }, resolve);
    expect(saved).toMatchObject({ ok: false, error: { field: 'creditCheckUrl', message: expect.stringContaining(reason) } });
    expect(saved.ok ? '' : saved.error.message).toContain('credit checks only go to the public internet');
    expect((await getShopSettings(db)).creditCheckUrl).toBe(before);
  });

  test('at call time a host that now resolves to 127.0.0.1 (DNS rebinding) is not called: the fallback applies', async () => {
    reached = 0;
    const rebound = async () => [{ address: '127.0.0.1', family: 4 }];
    const outcome = await runCreditCheck(settings(`http://credit.example.com:${port}/check`), request, { policy: production, resolve: rebound });
    expect(outcome).toMatchObject({ decision: 'refuse', by: 'fallback', why: expect.stringContaining('127.0.0.1') });
    expect(reached).toBe(0);
  });

  test('a loopback address typed in is refused at call time too, before any connection', async () => {
    reached = 0;
    const outcome = await runCreditCheck(settings(`http://127.0.0.1:${port}/check`), request, { policy: production });
    expect(outcome).toMatchObject({ by: 'fallback', decision: 'refuse' });
    expect(reached).toBe(0);
  });

  test('in development the same local endpoint answers (a merchant testing on their machine)', async () => {
    reached = 0;
    const outcome = await runCreditCheck(settings(`http://127.0.0.1:${port}/check`), request, { policy: { requireHttps: false, allowPrivate: true } });
    expect(outcome).toEqual({ decision: 'allow', by: 'endpoint' });
    expect(reached).toBe(1);
  });
});
