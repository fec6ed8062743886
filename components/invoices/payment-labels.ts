/** How a payment came in, as the merchant reads it. */
export const PAYMENT_SOURCE_LABELS: Record<string, string> = {
  checkout: 'Checkout',
  autopay: 'Autopay',
  manual: 'Registered by hand',
  bank_file: 'Bank file',
  balance: 'Customer balance',
};

/** A payment's method, short (an invoice's payments table). */
export const PAYMENT_METHOD_NAMES: Record<string, string> = {
  card: 'Card',
  ideal: 'iDEAL',
  bancontact: 'Bancontact',
  paypal: 'PayPal',
  sepa_debit: 'SEPA direct debit',
  bank_transfer: 'Bank transfer',
  balance: 'Credit balance',
};
