import type { FailureKind, ProviderPaymentStatus } from './types';

/**
 * One payment in the test provider's own ledger: a checkout the payer acts on (or a setup, which
 * saves a method without money), an off-session
 * charge on a mandate, or a refund (`refundOf` the payment it returns money from).
 */
export type TestPaymentRecord = {
  id: string;
  kind: 'checkout' | 'charge' | 'refund' | 'setup';
  amountMinor: number;
  currency: string;
  description: string;
  returnUrl: string;
  status: ProviderPaymentStatus;
  failureReason: string | null;
  failureKind: FailureKind | null;
  mandateRef: string | null;
  method: string | null;
  /** The test card's country (see createCheckout); null for other methods. */
  cardCountry: string | null;
  refundOf: string | null;
  refundedMinor: number;
  createdAt: Date;
  completedAt: Date | null;
  /** When a paid payment was charged back; null for any other. */
  chargedBackAt: Date | null;
};

export type NewTestPayment = Pick<TestPaymentRecord, 'id' | 'amountMinor' | 'currency' | 'description' | 'returnUrl'> &
  Partial<Pick<TestPaymentRecord, 'kind' | 'status' | 'failureReason' | 'failureKind' | 'mandateRef' | 'method' | 'cardCountry' | 'completedAt'>>;

export type TestPaymentChange = Partial<Pick<TestPaymentRecord, 'status' | 'failureReason' | 'failureKind' | 'mandateRef' | 'completedAt' | 'chargedBackAt'>>;

export type TestRefund = { id: string; paymentId: string; amountMinor: number; currency: string; description: string };

/**
 * Where the test provider keeps its ledger: its own store, like a real provider's, never a
 * handle on the shop's transaction. The shop reads it only through the provider interface; the
 * provider's own pages (hosted payment page, sandbox dashboard) read it here.
 */
export interface TestProviderStore {
  /**
   * Adds a payment and answers it as stored; the same id again keeps the first (a retried charge)
   * and answers null.
   */
  add(payment: NewTestPayment): Promise<TestPaymentRecord | null>;
  /**
   * Adds a payment without waiting for the write, for calls made inside the caller's transaction.
   * Every other method of this store waits for it first, so in this process it is never missed.
   */
  addInBackground(payment: NewTestPayment): void;
  find(id: string): Promise<TestPaymentRecord | null>;
  /** How many charges on this mandate failed so far. */
  countFailedCharges(mandateRef: string): Promise<number>;
  /** Changes a payment that is in one of `from`; null (and nothing changed) when it is not. */
  transition(id: string, from: readonly ProviderPaymentStatus[], change: TestPaymentChange): Promise<TestPaymentRecord | null>;
  /** Books a refund of a paid payment at once, or throws if it is not paid or too little is left. */
  refund(refund: TestRefund): Promise<void>;
  /** The latest payments, newest first. */
  listLatest(limit: number): Promise<TestPaymentRecord[]>;
  /** Payments charged back at or after `since`, newest first. */
  listChargedBack(since: Date): Promise<TestPaymentRecord[]>;
}
