/** How a payment came in, as the merchant reads it. */
export const PAYMENT_SOURCE_LABELS: Record<string, string> = {
  checkout: 'Checkout',
  autopay: 'Autopay',
  manual: 'Registered by hand',
  bank_file: 'Bank file',
  balance: 'Customer balance',
};
