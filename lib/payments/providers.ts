import { testProvider } from './test-provider';
import type { PaymentProvider } from './types';

const providers: Record<string, PaymentProvider> = { [testProvider.id]: testProvider };

/** The provider that takes checkout payments; Mollie and Stripe join here when configured. */
export function checkoutProvider(): PaymentProvider {
  return testProvider;
}

export function providerById(id: string): PaymentProvider {
  const provider = providers[id];
  if (!provider) throw new Error(`Unknown payment provider: ${id}`);
  return provider;
}
