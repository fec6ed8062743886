import crypto from 'node:crypto';
import type { CheckoutRequest, FoundPayment, MandateChargeRequest, PaymentProvider, ProviderPayment } from '@/lib/payments/types';
import { ProviderUnavailableError } from '@/lib/payments/types';

type Stored = ProviderPayment & { key: string; checkoutUrl: string | null };

/**
 * A payment provider at the edge of the tests (PaymentProvider, in memory), whose answers the
 * test controls: createCheckout can be held until the test releases it, a hook runs when the
 * provider has made a payment but not answered yet (a webhook racing the answer), and charges
 * can time out after being taken or forget their idempotency key (as a real key expires).
 */
export function createFakeProvider(id = 'fake') {
  const payments = new Map<string, Stored>();
  const checkoutCalls: CheckoutRequest[] = [];
  const chargeCalls: MandateChargeRequest[] = [];
  const revokeCalls: string[] = [];
  const revoked = new Set<string>();
  let gate: Promise<void> | null = null;
  let open: () => void = () => {};
  let sequence = 0;

  const control = {
    checkoutCalls,
    chargeCalls,
    revokeCalls,
    /** Mandate revocations fail as an outage, this many times. */
    revokeOutages: 0,
    payments,
    /** Runs after a checkout is made and before createCheckout answers. */
    afterCreate: null as null | ((payment: Stored) => Promise<void>),
    /** Charges time out after the provider took them, this many times. */
    chargeTimeouts: 0,
    /** The provider no longer remembers charge idempotency keys (they expired). */
    forgetChargeKeys: false,
    /** Holds every createCheckout until release(). */
    hold() {
      gate = new Promise((resolve) => (open = resolve));
    },
    release() {
      open();
      gate = null;
    },
    /** The checkout the provider made for one of our attempts whose answer never got stored. */
    openCheckoutFor(payment: { id: string; amountMinor: number; currency: string }) {
      return provider.createCheckout({
        reference: payment.id,
        amountMinor: payment.amountMinor,
        currency: payment.currency,
        description: 'Order',
        method: 'ideal',
        returnUrl: 'http://shop.test/checkout/return',
        recurring: true,
      });
    },
    /** What the payer (or the bank) did at the provider. */
    setStatus(providerPaymentId: string, status: ProviderPayment['status']) {
      const payment = payments.get(providerPaymentId)!;
      payments.set(providerPaymentId, { ...payment, status, mandateRef: status === 'paid' ? `fm_${providerPaymentId}` : null });
    },
  };

  const state = (p: Stored): ProviderPayment => ({
    providerPaymentId: p.providerPaymentId,
    status: p.status,
    failureReason: p.failureReason,
    failureKind: p.failureKind,
    mandateRef: p.mandateRef,
    method: p.method,
    cardCountry: p.cardCountry,
  });
  const found = (p: Stored): FoundPayment => ({ ...state(p), checkoutUrl: p.status === 'open' ? p.checkoutUrl : null });
  const byKey = (key: string) => [...payments.values()].find((p) => p.key === key);

  const provider: PaymentProvider = {
    id,
    async createCheckout(request) {
      checkoutCalls.push(request);
      if (gate) await gate;
      const providerPaymentId = `fk_${(sequence += 1)}_${request.reference.slice(0, 8)}`;
      const payment: Stored = {
        key: `checkout-${request.reference}`,
        providerPaymentId,
        status: 'open',
        failureReason: null,
        failureKind: null,
        mandateRef: null,
        method: request.method,
        cardCountry: request.method === 'card' ? (request.billingCountry ?? null) : null,
        checkoutUrl: `https://pay.fake.test/${providerPaymentId}`,
      };
      payments.set(providerPaymentId, payment);
      await control.afterCreate?.(payment);
      return { providerPaymentId, redirectUrl: payment.checkoutUrl! };
    },
    async getPayment(providerPaymentId) {
      const payment = payments.get(providerPaymentId);
      return payment ? state(payment) : null;
    },
    async findPayment(lookup) {
      const payment = byKey(lookup.kind === 'checkout' ? `checkout-${lookup.reference}` : lookup.kind === 'debit' ? lookup.reference : lookup.idempotencyKey);
      return payment ? found(payment) : null;
    },
    async chargeMandate(request) {
      chargeCalls.push(request);
      const existing = control.forgetChargeKeys ? undefined : byKey(request.idempotencyKey);
      if (existing) return state(existing);
      const providerPaymentId = `fk_${(sequence += 1)}_${crypto.randomUUID().slice(0, 8)}`;
      const payment: Stored = {
        key: request.idempotencyKey,
        providerPaymentId,
        status: 'paid',
        failureReason: null,
        failureKind: null,
        mandateRef: request.mandateRef,
        method: 'card',
        cardCountry: null,
        checkoutUrl: null,
      };
      payments.set(providerPaymentId, payment);
      if (control.chargeTimeouts > 0) {
        control.chargeTimeouts -= 1;
        throw new ProviderUnavailableError('Fake provider timed out after taking the charge');
      }
      return state(payment);
    },
    async createSetup() {
      throw new Error('The fake provider saves no payment methods');
    },
    async getSetup() {
      return null;
    },
    async revokeMandate(mandateRef) {
      revokeCalls.push(mandateRef);
      if (control.revokeOutages > 0) {
        control.revokeOutages -= 1;
        throw new ProviderUnavailableError(`fake provider unavailable revoking ${mandateRef}`);
      }
      if (revoked.has(mandateRef)) return 'gone';
      revoked.add(mandateRef);
      return 'revoked';
    },

    async refund(request) {
      return { providerRefundId: `fr_${request.idempotencyKey}`, status: 'refunded' };
    },
    async parseWebhook(request) {
      const body = JSON.parse(request.rawBody) as { id: string };
      return { ok: true, providerPaymentIds: [body.id] };
    },
  };
  return Object.assign(control, { provider });
}

/** The provider a test put in place of the configured ones (null: the configured ones). */
export const fakeProviderSlot = { provider: null as PaymentProvider | null };

/**
 * The provider registry with the slot's provider as the checkout provider and under its own id:
 * `vi.mock('@/lib/payments/providers', async (real) => (await import('@/test/support/fake-provider')).providersWithFake(await real()))`.
 */
export function providersWithFake(real: typeof import('@/lib/payments/providers')): typeof import('@/lib/payments/providers') {
  return {
    ...real,
    checkoutProvider: () => fakeProviderSlot.provider ?? real.checkoutProvider(),
    activeProviders: () => (fakeProviderSlot.provider ? [fakeProviderSlot.provider] : real.activeProviders()),
    providerById: (id: string) => (fakeProviderSlot.provider?.id === id ? fakeProviderSlot.provider : real.providerById(id)),
    isProviderId: (id: string) => fakeProviderSlot.provider?.id === id || real.isProviderId(id),
  };
}
