import { PaymentMethod, SequenceType } from '@mollie/api-client';

/** Our checkout method names (lib/validations/cart.ts) in Mollie's words. */
const MOLLIE_METHODS: Readonly<Record<string, PaymentMethod>> = {
  ideal: PaymentMethod.ideal,
  bancontact: PaymentMethod.bancontact,
  card: PaymentMethod.creditcard,
  paypal: PaymentMethod.paypal,
  sepa_debit: PaymentMethod.directdebit,
  bank_transfer: PaymentMethod.banktransfer,
};

/**
 * Methods that can carry a `first` payment. iDEAL, Bancontact, Belfius, KBC and eps leave a SEPA
 * direct debit mandate; a card leaves a card mandate; PayPal a PayPal one.
 */
const SEPA_MANDATE_FIRST_METHODS = [
  PaymentMethod.ideal,
  PaymentMethod.bancontact,
  PaymentMethod.belfius,
  PaymentMethod.kbc,
  PaymentMethod.eps,
];
const FIRST_PAYMENT_METHODS = new Set<PaymentMethod>([
  ...SEPA_MANDATE_FIRST_METHODS,
  PaymentMethod.creditcard,
  PaymentMethod.paypal,
]);

export type MollieCheckoutMethod = {
  method: PaymentMethod | PaymentMethod[];
  sequenceType: SequenceType.oneoff | SequenceType.first;
};

/**
 * The method and sequence type of a checkout payment.
 * NOTE: Mollie takes no `first` payment by direct debit: a payer who chose SEPA direct debit for a
 * subscription authorises the mandate with one of the bank methods that leave a SEPA mandate. A
 * bank transfer can never leave a mandate, so it stays a one-off and the payment has no mandateRef.
 */
export function mollieCheckoutMethod(method: string, recurring: boolean): MollieCheckoutMethod {
  const mollieMethod = MOLLIE_METHODS[method];
  if (!mollieMethod) throw new Error(`Mollie has no payment method for "${method}"`);
  if (!recurring) return { method: mollieMethod, sequenceType: SequenceType.oneoff };
  if (mollieMethod === PaymentMethod.directdebit)
    return { method: SEPA_MANDATE_FIRST_METHODS, sequenceType: SequenceType.first };
  if (FIRST_PAYMENT_METHODS.has(mollieMethod)) return { method: mollieMethod, sequenceType: SequenceType.first };
  return { method: mollieMethod, sequenceType: SequenceType.oneoff };
}
