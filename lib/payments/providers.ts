import { configuredProviders } from './configured-providers';
import { testProvider } from './test-provider';
import type { PaymentProvider } from './types';

let registry: Record<string, PaymentProvider> | null = null;

/**
 * The test provider always, plus Mollie and Stripe when their keys are in the environment
 * (read once; a malformed key fails here with a message naming the variable).
 */
function providers(): Record<string, PaymentProvider> {
  registry ??= Object.fromEntries([testProvider, ...configuredProviders()].map((p) => [p.id, p]));
  return registry;
}

/**
 * The provider that takes checkout payments: the first real one configured (Mollie, then
 * Stripe), or the embedded test provider.
 */
export function checkoutProvider(): PaymentProvider {
  return Object.values(providers()).find((p) => p.id !== testProvider.id) ?? testProvider;
}

export function providerById(id: string): PaymentProvider {
  const provider = providers()[id];
  if (!provider) throw new Error(`Unknown payment provider: ${id}`);
  return provider;
}

/** Whether `id` names a provider this installation has (a webhook for any other is refused). */
export function isProviderId(id: string): boolean {
  return id in providers();
}
