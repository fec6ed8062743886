import type { PaymentMethodChoice } from '@/lib/validations/cart';

export const PAYMENT_METHOD_LABELS: Record<PaymentMethodChoice, string> = {
  card: 'Credit or debit card',
  ideal: 'iDEAL',
  bancontact: 'Bancontact',
  paypal: 'PayPal',
  sepa_debit: 'SEPA direct debit',
  bank_transfer: 'Bank transfer (pay by invoice)',
};
