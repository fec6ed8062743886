import { referenceForInvoice } from '@/lib/payments/references/reference-for-invoice';
import { clockSeriesId } from '@/lib/services/invoices/series-for';

const CLOCK_SERIES_PREFIX = clockSeriesId('');

/**
 * The payment reference stored on a finalized invoice (`invoices.payment_reference`), in the
 * electronic form banks report back (no spaces), so a bank file line matches it by equality: a
 * KID for NOK, an RF creditor reference otherwise. Null for a draft (no number yet).
 *
 * NOTE: simulated invoices (a test clock's series) get none. Their sequence numbers repeat the
 * shop's real ones, so their references would be real invoices' references, and a customer's
 * bank transfer could be matched to a simulation.
 */
export function paymentReferenceFor(invoice: {
  currency: string;
  sequenceNumber: number | null;
  seriesId: string | null;
}): string | null {
  if (invoice.sequenceNumber === null || invoice.seriesId === null) return null;
  if (invoice.seriesId.startsWith(CLOCK_SERIES_PREFIX)) return null;
  return referenceForInvoice({ currency: invoice.currency, sequenceNumber: invoice.sequenceNumber }).reference;
}
