import { MandateStatus, type Mandate, type MollieClient } from '@mollie/api-client';
import type { DebitMandate, DebitMandateLookup } from '../types';
import { formatMollieMandateRef } from './mollie-mandate-ref';

/** Clock drift between us and Mollie: customers this much older than the call still count. */
const CLOCK_MARGIN_MS = 5 * 60_000;

/**
 * The live mandate a createDebitMandate call left under our reference (mollie-debit-mandate.ts):
 * it carries our mandate reference, on the Mollie customer the call created with our reference in
 * its metadata (or on the customer we named). Mollie filters neither customers nor mandates by
 * those, so the newest customers are read until they are older than the call, and the matching
 * customer's mandates after them.
 *
 * NOTE: an `invalid` mandate cannot be charged: it counts as none. A revoked one is gone from
 * Mollie's lists, so a second lookup after a revocation finds nothing.
 */
export async function findMollieDebitMandate(mollie: MollieClient, lookup: DebitMandateLookup): Promise<DebitMandate | null> {
  const since = lookup.since.getTime() - CLOCK_MARGIN_MS;
  const customerIds: string[] = [];
  if (lookup.providerCustomerId) customerIds.push(lookup.providerCustomerId);
  else {
    // Newest first: stop at the first customer made before the call.
    for await (const customer of mollie.customers.iterate()) {
      if (Date.parse(customer.createdAt) < since) break;
      if ((customer.metadata as Record<string, unknown> | null)?.reference === lookup.reference && !customerIds.includes(customer.id)) customerIds.push(customer.id);
    }
  }
  for (const customerId of customerIds) {
    for await (const mandate of mollie.customerMandates.iterate({ customerId })) {
      if (mandate.mandateReference !== lookup.mandateReference || !isLive(mandate)) continue;
      return {
        mandateRef: formatMollieMandateRef({ customerId, mandateId: mandate.id }),
        providerCustomerId: customerId,
        status: mandate.status === MandateStatus.valid ? 'valid' : 'pending',
      };
    }
  }
  return null;
}

const isLive = (mandate: Mandate) => mandate.status === MandateStatus.valid || mandate.status === MandateStatus.pending;
