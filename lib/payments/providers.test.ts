import { describe, expect, test } from 'vitest';
import { buildProviderRegistry } from './providers';
import { TestProviderOffError } from './test-provider-off';

const MOLLIE = { MOLLIE_API_KEY: 'live_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM' };
const CHARGE = { idempotencyKey: 'pay-123', mandateRef: 'tm_ok_abc', amountMinor: 3200, currency: 'EUR', description: 'Invoice KD-7' };

describe('the provider registry', () => {
  test('outside production the test provider takes checkouts and webhooks when nothing real is configured', () => {
    const registry = buildProviderRegistry({ NODE_ENV: 'development' });
    expect(registry.checkout?.id).toBe('test');
    expect([...registry.webhookIds]).toEqual(['test']);
  });

  test('in production it is not mounted: no checkout by it, its webhook is refused', () => {
    const registry = buildProviderRegistry({ NODE_ENV: 'production', ...MOLLIE });
    expect(registry.checkout?.id).toBe('mollie');
    expect([...registry.webhookIds]).toEqual(['mollie']);
  });

  test('in production without a real provider nothing takes checkouts', () => {
    expect(buildProviderRegistry({ NODE_ENV: 'production' }).checkout).toBeNull();
  });

  test('in production with KADENS_TEST_PROVIDER=1 it is mounted again', () => {
    const registry = buildProviderRegistry({ NODE_ENV: 'production', KADENS_TEST_PROVIDER: '1' });
    expect(registry.checkout?.id).toBe('test');
    expect(registry.webhookIds.has('test')).toBe(true);
  });

  test('charging an old test mandate in production fails loudly, naming the mandate, and charges nothing', async () => {
    const test = buildProviderRegistry({ NODE_ENV: 'production', ...MOLLIE }).byId.test!;
    const charge = test.chargeMandate(CHARGE);
    await expect(charge).rejects.toBeInstanceOf(TestProviderOffError);
    await expect(charge).rejects.toThrow(/^Cannot charge test mandate tm_ok_abc \(charge pay-123\).*the test payment provider is off in production \(KADENS_TEST_PROVIDER is not set\)/);
    await expect(test.getPayment('tp_0123456789abcdef01234567')).rejects.toThrow(/test payment provider is off/);
    await expect(test.refund({ ...CHARGE, providerPaymentId: 'tp_1' })).rejects.toThrow(/test payment provider is off/);
  });
});
