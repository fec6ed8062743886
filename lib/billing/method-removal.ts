/**
 * Whether a customer may remove a stored payment method: never the last one while autopay is on,
 * unless they switch to paying by invoice and the shop takes bank transfers.
 */
export function methodRemoval(input: {
  /** Autopay charges one of the customer's methods now. */
  autopayOn: boolean;
  /** Methods with a mandate that would remain. */
  remaining: number;
  switchToInvoice: boolean;
  payByInvoiceAllowed: boolean;
}): 'allowed' | 'last_method' | 'invoice_not_allowed' {
  if (!input.autopayOn || input.remaining > 0) return 'allowed';
  if (!input.switchToInvoice) return 'last_method';
  return input.payByInvoiceAllowed ? 'allowed' : 'invoice_not_allowed';
}
