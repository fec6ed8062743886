import type Stripe from 'stripe';
import type { CheckoutRequest } from '../types';
import { toStripeAmount, toStripeCurrency } from './stripe-amount';
import { stripeCheckoutMethod } from './stripe-methods';

/**
 * A hosted Checkout Session for one payment of our amount, limited to the payer's chosen method.
 * A recurring checkout saves the method for off-session charges on a customer: the one we know,
 * or one Checkout creates.
 */
export function checkoutSessionParams(request: CheckoutRequest): Stripe.Checkout.SessionCreateParams {
  const customer = request.providerCustomerId || undefined;
  return {
    mode: 'payment',
    client_reference_id: request.reference,
    metadata: { reference: request.reference },
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: toStripeCurrency(request.currency),
          unit_amount: toStripeAmount(request.amountMinor, request.currency),
          product_data: { name: request.description },
        },
      },
    ],
    allowed_payment_method_types: [stripeCheckoutMethod(request.method)],
    // The return page reads the state back, whether the payer paid or turned back.
    success_url: request.returnUrl,
    cancel_url: request.returnUrl,
    payment_intent_data: {
      description: request.description,
      metadata: { reference: request.reference },
      ...(request.recurring ? { setup_future_usage: 'off_session' as const } : {}),
    },
    ...(customer ? { customer } : request.recurring ? { customer_creation: 'always' as const } : {}),
    // No webhook URL: Stripe posts to the endpoints configured on the account, not per payment.
  };
}
