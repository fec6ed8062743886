/**
 * NOTE: Stripe charges a saved payment method through the customer it is attached to, so our one
 * `mandateRef` string holds both as `cus_…/pm_…`. A stored mandateRef alone is enough to charge,
 * and the customer id can be read back from it to reuse the Stripe customer on the next checkout.
 */
export type StripeMandateRef = { customerId: string; paymentMethodId: string };

const MANDATE_REF = /^(cus_[A-Za-z0-9]+)\/(pm_[A-Za-z0-9]+)$/;

export function formatStripeMandateRef(ref: StripeMandateRef): string {
  return `${ref.customerId}/${ref.paymentMethodId}`;
}

/** `null` when the string is not a Stripe mandateRef of ours. */
export function parseStripeMandateRef(mandateRef: string): StripeMandateRef | null {
  const match = MANDATE_REF.exec(mandateRef);
  return match ? { customerId: match[1]!, paymentMethodId: match[2]! } : null;
}
