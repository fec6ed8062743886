import { isTestProviderMounted } from '@/lib/config/test-provider-mounted';
import { configuredProviders, type PaymentEnv } from './configured-providers';
import { testProvider } from './test-provider';
import { createTestProviderOff } from './test-provider-off';
import type { PaymentProvider } from './types';

export type ProviderRegistry = {
  /** Every provider a payment row may name; `test` is the off-stand-in when it is not mounted. */
  byId: Readonly<Record<string, PaymentProvider>>;
  /** Providers whose webhooks are accepted. */
  webhookIds: ReadonlySet<string>;
  /** Who takes checkout payments: the first real provider, else the mounted test provider. */
  checkout: PaymentProvider | null;
};

/**
 * Mollie and Stripe when their keys are in the environment (a malformed key fails here with a
 * message naming the variable), and the test provider when it is mounted (lib/config).
 */
export function buildProviderRegistry(env: PaymentEnv): ProviderRegistry {
  const real = configuredProviders(env);
  const mounted = isTestProviderMounted(env);
  const test = mounted ? testProvider : createTestProviderOff();
  return {
    byId: Object.fromEntries([test, ...real].map((p) => [p.id, p])),
    webhookIds: new Set([...(mounted ? [test.id] : []), ...real.map((p) => p.id)]),
    checkout: real[0] ?? (mounted ? test : null),
  };
}

let registry: ProviderRegistry | null = null;
// Read once per process: the environment does not change under a running server.
const providers = () => (registry ??= buildProviderRegistry(process.env));

/** The provider that takes checkout payments: the first real one configured (Mollie, then Stripe), or the test provider. */
export function checkoutProvider(): PaymentProvider {
  const provider = providers().checkout;
  if (!provider) throw new Error('No payment provider takes online payments: set MOLLIE_API_KEY, or STRIPE_SECRET_KEY with STRIPE_WEBHOOK_SECRET.');
  return provider;
}

export function providerById(id: string): PaymentProvider {
  const provider = providers().byId[id];
  if (!provider) throw new Error(`Unknown payment provider: ${id}`);
  return provider;
}

/** The providers that take payments here: the real ones configured, and the test provider when mounted. */
export function activeProviders(): PaymentProvider[] {
  const { byId, webhookIds } = providers();
  return [...webhookIds].map((id) => byId[id]!);
}

/** Whether webhooks for `id` are accepted here (any other is answered 404). */
export function isProviderId(id: string): boolean {
  return providers().webhookIds.has(id);
}
