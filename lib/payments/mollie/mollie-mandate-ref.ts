/**
 * NOTE: Mollie charges a mandate through its customer (`customerId` + `mandateId`), but the
 * PaymentProvider interface stores one `mandateRef` string per payment method. We keep both in it
 * as `cst_…/mdt_…`, so a stored mandateRef alone is enough to charge, and the customer id can be
 * read back from it to reuse the Mollie customer on the next checkout.
 */
export type MollieMandateRef = { customerId: string; mandateId: string };

const MANDATE_REF = /^(cst_[A-Za-z0-9]+)\/(mdt_[A-Za-z0-9]+)$/;

export function formatMollieMandateRef(ref: MollieMandateRef): string {
  return `${ref.customerId}/${ref.mandateId}`;
}

/** `null` when the string is not a Mollie mandateRef of ours. */
export function parseMollieMandateRef(mandateRef: string): MollieMandateRef | null {
  const match = MANDATE_REF.exec(mandateRef);
  return match ? { customerId: match[1]!, mandateId: match[2]! } : null;
}
