/** Every way a payment can be made, as the payments table records it. */
export type PaymentMethodKind = 'card' | 'ideal' | 'bancontact' | 'paypal' | 'sepa_debit' | 'bank_transfer' | 'balance';

/** How a payment method is named to people: on invoices, on Min Side and in e-mails. */
export const PAYMENT_METHOD_NAMES: Record<PaymentMethodKind, string> = {
  card: 'Card',
  ideal: 'iDEAL',
  bancontact: 'Bancontact',
  paypal: 'PayPal',
  sepa_debit: 'SEPA direct debit',
  bank_transfer: 'Bank transfer',
  balance: 'Credit balance',
};
