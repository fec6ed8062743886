import type { DbOrTx } from '@/db/client';

export type ProviderPaymentStatus = 'open' | 'paid' | 'failed' | 'canceled';

export type ProviderPayment = {
  providerPaymentId: string;
  status: ProviderPaymentStatus;
  failureReason: string | null;
  /** A reusable mandate for off-session charges, when the payment created one. */
  mandateRef: string | null;
};

export type CheckoutRequest = {
  reference: string; // our payment id, shown to the provider for reconciliation
  amountMinor: number;
  currency: string;
  description: string;
  method: string;
  returnUrl: string;
};

/** One interface for every provider: the test provider, Mollie and Stripe. */
export interface PaymentProvider {
  readonly id: string;
  createCheckout(db: DbOrTx, request: CheckoutRequest): Promise<{ providerPaymentId: string; redirectUrl: string }>;
  getPayment(db: DbOrTx, providerPaymentId: string): Promise<ProviderPayment | null>;
  /**
   * Charges a stored mandate off-session. The idempotency key survives retries and restarts: a
   * second call with the same key returns the first call's payment, never a second charge.
   */
  chargeMandate(db: DbOrTx, request: MandateChargeRequest): Promise<ProviderPayment>;
}

export type MandateChargeRequest = {
  idempotencyKey: string;
  mandateRef: string;
  amountMinor: number;
  currency: string;
  description: string;
};
