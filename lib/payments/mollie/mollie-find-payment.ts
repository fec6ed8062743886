import type { MollieClient, Payment } from '@mollie/api-client';
import type { PaymentLookup } from '../types';
import { parseMollieMandateRef } from './mollie-mandate-ref';

/** Clock drift between us and Mollie: payments this much older than the call still count. */
const CLOCK_MARGIN_MS = 5 * 60_000;

/**
 * The Mollie payment a create call left under our key: a checkout carries our reference and a
 * charge its idempotency key in `metadata` (mollie-provider.ts), a checkout's SEPA debit both.
 * Mollie cannot filter by metadata, so the newest payments are read (a charge's among its
 * customer's only; a debit's whose Mollie customer we may never have stored, among all) until
 * they are older than the call.
 */
export async function findMolliePayment(mollie: MollieClient, lookup: PaymentLookup, profile: { profileId?: string }): Promise<Payment | null> {
  const since = lookup.since.getTime() - CLOCK_MARGIN_MS;
  const matches = (payment: Payment) => {
    const metadata = (payment.metadata ?? {}) as Record<string, unknown>;
    switch (lookup.kind) {
      case 'checkout':
        return metadata.reference === lookup.reference;
      // NOTE: our id is the debit's idempotency key too; debits made before they carried a
      // reference have only the key in their metadata.
      case 'debit':
        return metadata.reference === lookup.reference || metadata.idempotencyKey === lookup.reference;
      case 'charge':
        return metadata.idempotencyKey === lookup.idempotencyKey;
    }
  };
  let payments: AsyncIterable<Payment>;
  if (lookup.kind === 'charge') {
    const customerId = parseMollieMandateRef(lookup.mandateRef)?.customerId ?? lookup.providerCustomerId;
    if (!customerId) throw new Error(`Not a Mollie mandateRef: "${lookup.mandateRef}"`);
    payments = mollie.customerPayments.iterate({ customerId, ...profile });
  } else {
    payments = mollie.payments.iterate(profile);
  }
  // Newest first: stop at the first payment made before the call.
  for await (const payment of payments) {
    if (Date.parse(payment.createdAt) < since) return null;
    if (matches(payment)) return payment;
  }
  return null;
}
