import type Stripe from 'stripe';
import type { MethodDetails, ProviderSetup, SetupRequest } from '../types';
import { toStripeCurrency } from './stripe-amount';
import { callStripe, isStripeNotFound } from './stripe-call';
import { formatStripeMandateRef } from './stripe-mandate-ref';
import { idOf } from './stripe-payment-state';

type SetupMethod = Stripe.Checkout.SessionCreateParams.AllowedPaymentMethodType;

/**
 * What Checkout in setup mode saves for each method the customer may add. The bank methods
 * (iDEAL, Bancontact) are saved as what they would leave for off-session charges: a SEPA debit.
 */
const SETUP_METHODS: Readonly<Record<string, SetupMethod>> = {
  card: 'card',
  paypal: 'paypal',
  sepa_debit: 'sepa_debit',
  ideal: 'sepa_debit',
  bancontact: 'sepa_debit',
};

/**
 * A Checkout Session in setup mode: Stripe collects and verifies the method on its hosted page and
 * attaches it to the customer (created first when we have none, so the saved method can be
 * charged off-session). No money moves.
 */
export async function createStripeSetup(stripe: Stripe, request: SetupRequest): Promise<{ providerSetupId: string; redirectUrl: string }> {
  const method = SETUP_METHODS[request.method];
  if (!method) throw new Error(`The Stripe adapter cannot save "${request.method}" for later payments`);
  const customer =
    request.providerCustomerId ||
    (
      await callStripe('customer creation', () =>
        stripe.customers.create({ metadata: { reference: request.reference } }, { idempotencyKey: `customer-${request.reference}` }),
      )
    ).id;
  const session = await callStripe('setup session creation', () =>
    stripe.checkout.sessions.create(
      {
        mode: 'setup',
        currency: toStripeCurrency(request.currency),
        customer,
        client_reference_id: request.reference,
        metadata: { setup: request.reference },
        allowed_payment_method_types: [method],
        setup_intent_data: { description: request.description, metadata: { setup: request.reference } },
        success_url: request.returnUrl,
        cancel_url: request.returnUrl,
      },
      { idempotencyKey: `setup-${request.reference}` },
    ),
  );
  if (!session.url) throw new Error(`Stripe setup session ${session.id} has no URL`);
  return { providerSetupId: session.id, redirectUrl: session.url };
}

/** The session's SetupIntent and the payment method it saved, read back from Stripe. */
export async function getStripeSetup(stripe: Stripe, providerSetupId: string): Promise<ProviderSetup | null> {
  if (!providerSetupId.startsWith('cs_')) throw new Error(`Not a Stripe checkout session id: "${providerSetupId}"`);
  const session = await callStripe(`reading ${providerSetupId}`, async () => {
    try {
      return await stripe.checkout.sessions.retrieve(providerSetupId, { expand: ['setup_intent.payment_method'] });
    } catch (error) {
      if (isStripeNotFound(error)) return null;
      throw error;
    }
  });
  if (!session) return null;
  const customerId = idOf(session.customer);
  const open = { providerSetupId, mandateRef: null, providerCustomerId: customerId, details: null };
  if (session.status === 'expired') return { ...open, status: 'canceled' };
  const intent = typeof session.setup_intent === 'object' ? session.setup_intent : null;
  if (session.status !== 'complete' || !intent) return { ...open, status: 'open' };
  if (intent.status === 'canceled') return { ...open, status: 'canceled' };
  if (intent.status === 'requires_payment_method') return { ...open, status: 'failed' };
  const paymentMethod = typeof intent.payment_method === 'object' ? intent.payment_method : null;
  if (intent.status !== 'succeeded' || !paymentMethod || !customerId) return { ...open, status: 'open' };
  return {
    providerSetupId,
    status: 'succeeded',
    mandateRef: formatStripeMandateRef({ customerId, paymentMethodId: paymentMethod.id }),
    providerCustomerId: customerId,
    details: paymentMethodDetails(paymentMethod),
  };
}

/** A Stripe payment method in our words: card brand, last four and expiry; a masked IBAN. */
export function paymentMethodDetails(paymentMethod: Stripe.PaymentMethod): MethodDetails {
  const none = { brand: null, last4: null, expiryMonth: null, expiryYear: null, ibanMasked: null };
  if (paymentMethod.type === 'card' && paymentMethod.card) {
    const { card } = paymentMethod;
    return { ...none, type: 'card', brand: brandName(card.display_brand ?? card.brand), last4: card.last4, expiryMonth: card.exp_month, expiryYear: card.exp_year };
  }
  if (paymentMethod.type === 'sepa_debit' && paymentMethod.sepa_debit) {
    const { country, last4 } = paymentMethod.sepa_debit;
    return { ...none, type: 'sepa_debit', last4, ibanMasked: last4 ? `${country ?? ''}•• •••• ${last4}` : null };
  }
  return { ...none, type: 'paypal' };
}

/** Stripe names brands in lower case with underscores ("american_express"). */
function brandName(brand: string): string {
  const known: Record<string, string> = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', american_express: 'American Express' };
  return known[brand] ?? brand.replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
}
