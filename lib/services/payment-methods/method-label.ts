import { PAYMENT_METHOD_NAMES } from '@/lib/payments/payment-method-names';
import type { MethodDetails } from '@/lib/payments/types';

/** How a saved method is named in lists and e-mails: "Visa •••• 4242", "SEPA direct debit NL91 •••• 4300", "PayPal". */
export function methodLabel(details: MethodDetails): string {
  if (details.type === 'card') {
    const brand = details.brand ?? PAYMENT_METHOD_NAMES.card;
    return details.last4 ? `${brand} •••• ${details.last4}` : brand;
  }
  if (details.type === 'sepa_debit') {
    return details.ibanMasked ? `${PAYMENT_METHOD_NAMES.sepa_debit} ${details.ibanMasked}` : PAYMENT_METHOD_NAMES.sepa_debit;
  }
  return PAYMENT_METHOD_NAMES.paypal;
}
