import { SWITCHES } from '@/lib/config/switches';
import type { PaymentProvider } from './types';

/** A call on the test provider in a production process where it is not mounted. */
export class TestProviderOffError extends Error {
  constructor(what: string) {
    super(`${what}: the test payment provider is off in production (${SWITCHES.testProvider} is not set), and it moves no money.`);
    this.name = 'TestProviderOffError';
  }
}

/**
 * What stands for the test provider in production when it is not mounted. Rows written by it
 * (an old `test` mandate, a payment from a trial run) still name it: every call on them fails
 * loudly with what it was for, instead of pretending a charge or a refund happened.
 */
export function createTestProviderOff(): PaymentProvider {
  return {
    id: 'test',
    async createCheckout() {
      throw new TestProviderOffError('Cannot start a test checkout');
    },
    async chargeMandate(request) {
      throw new TestProviderOffError(
        `Cannot charge test mandate ${request.mandateRef} (charge ${request.idempotencyKey}); the customer needs a real payment method`,
      );
    },
    async createSetup() {
      throw new TestProviderOffError('Cannot save a test payment method');
    },
    async getSetup(providerSetupId) {
      throw new TestProviderOffError(`Cannot read test setup ${providerSetupId}`);
    },
    async getPayment(providerPaymentId) {
      throw new TestProviderOffError(`Cannot read test payment ${providerPaymentId}`);
    },
    async findPayment(lookup) {
      throw new TestProviderOffError(
        `Cannot look up test ${lookup.kind} ${lookup.kind === 'charge' ? lookup.idempotencyKey : lookup.reference}`,
      );
    },
    async refund(request) {
      throw new TestProviderOffError(`Cannot refund test payment ${request.providerPaymentId}`);
    },
    async revokeMandate() {
      // Nothing can ever be charged on a test mandate here: it is as good as revoked.
      return 'gone';
    },
    async parseWebhook() {
      return { ok: false, status: 401, message: 'The test provider is off.' };
    },
  };
}
