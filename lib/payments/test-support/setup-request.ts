import type { SetupRequest } from '../types';

/** A setup request as the shop sends it (startMethodSetup), for the provider adapters' tests. */
export const setupRequest = (overrides: Partial<SetupRequest> = {}): SetupRequest => ({
  reference: crypto.randomUUID(),
  currency: 'EUR',
  description: 'Kadens Demo Shop: payment method for future payments',
  method: 'card',
  returnUrl: 'https://shop.example.org/account/payment-methods/return?setup=1',
  ...overrides,
});
