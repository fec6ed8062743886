import type Stripe from 'stripe';

type CheckoutMethod = Stripe.Checkout.SessionCreateParams.AllowedPaymentMethodType;

/** Our checkout method names (lib/validations/cart.ts) as Stripe payment method types. */
const STRIPE_METHODS: Readonly<Record<string, CheckoutMethod>> = {
  card: 'card',
  ideal: 'ideal',
  bancontact: 'bancontact',
  paypal: 'paypal',
  sepa_debit: 'sepa_debit',
};

/**
 * NOTE: Stripe takes bank transfers as `customer_balance` with a per-country bank_transfer
 * setup (eu_bank_transfer needs the payer's country), which this adapter does not do: offer bank
 * transfer through Mollie or the merchant's own bank details instead.
 */
export function stripeCheckoutMethod(method: string): CheckoutMethod {
  const stripeMethod = STRIPE_METHODS[method];
  if (!stripeMethod) throw new Error(`The Stripe adapter does not take "${method}" payments`);
  return stripeMethod;
}
