import { kidFor } from './kid';
import { formatRf, rfReferenceFor } from './rf-creditor-reference';

export { normalizeReference } from './normalize-reference';

export type InvoiceReference = {
  kind: 'kid' | 'rf';
  /** The electronic form, as stored and as banks report it back: no spaces. */
  reference: string;
  /** The form to print on the invoice. */
  display: string;
};

/**
 * Every reference of a series has the same length: Norwegian KID agreements often fix the KID
 * length, and payers notice a digit too many or too few when the length never changes.
 */
const BASE_DIGITS = 8;

/**
 * The payment reference printed on an invoice for bank transfers: a KID (MOD10) for NOK, which
 * Norwegian online banks expect, otherwise an RF creditor reference. Both are built from the
 * invoice's sequence number alone, zero-padded to 8 digits, so they need no customer data.
 *
 * NOTE: sequence numbers are unique per invoice series only; invoices of two series (a test
 * clock's series and the shop's) get the same reference for the same number.
 */
export function referenceForInvoice(invoice: { currency: string; sequenceNumber: number }): InvoiceReference {
  const { currency, sequenceNumber } = invoice;
  if (!Number.isSafeInteger(sequenceNumber) || sequenceNumber < 1 || sequenceNumber >= 10 ** BASE_DIGITS) {
    throw new RangeError(`An invoice sequence number is 1 to ${BASE_DIGITS} digits, got ${sequenceNumber}`);
  }
  const base = String(sequenceNumber).padStart(BASE_DIGITS, '0');

  if (currency === 'NOK') {
    const kid = kidFor(base, 'mod10');
    // MOD10 always has a check digit; only MOD11 can fail.
    if (!kid.ok) throw new Error(`No MOD10 KID for base ${base}`);
    return { kind: 'kid', reference: kid.kid, display: kid.kid };
  }
  const rf = rfReferenceFor(base);
  return { kind: 'rf', reference: rf, display: formatRf(rf) };
}
