import type Stripe from 'stripe';
import type { FailureKind, ProviderPayment, ProviderPaymentStatus } from '../types';
import { cardCountryOf } from '../card-country';
import { stripeFailureKind } from './stripe-failure-kind';
import { formatStripeMandateRef } from './stripe-mandate-ref';

type Failure = { reason: string | null; kind: FailureKind };

/** Dispute states in which the money has been taken back from the merchant. */
const FUNDS_WITHDRAWN = new Set([
  'needs_response',
  'under_review',
  'lost',
  'appeal_needs_response',
  'appeal_under_review',
]);

/** The dispute that took the payment's money back, if any (won, prevented and inquiries do not). */
export function withdrawingDispute(disputes: Stripe.Dispute[]): Stripe.Dispute | null {
  return disputes.find((dispute) => FUNDS_WITHDRAWN.has(dispute.status)) ?? null;
}

/**
 * What a PaymentIntent (read with `latest_charge` expanded) means for us. `dispute` is the one
 * withdrawing the money, looked up by the caller when the charge says it is disputed.
 */
export function paymentIntentState(intent: Stripe.PaymentIntent, dispute: Stripe.Dispute | null): ProviderPayment {
  const charge = typeof intent.latest_charge === 'object' ? intent.latest_charge : null;
  let status = statusOf(intent);
  let failure: Failure | null =
    status === 'failed' && intent.last_payment_error ? failureOf(intent.last_payment_error) : null;
  if (status === 'paid' && dispute) {
    status = 'charged_back';
    // A payer who is short of money may pay again; any other dispute ends the method's use.
    failure = {
      reason: `Disputed: ${dispute.reason}`,
      kind: dispute.reason === 'insufficient_funds' ? 'temporary' : 'permanent',
    };
  }
  return {
    providerPaymentId: intent.id,
    status,
    failureReason: failure?.reason ?? null,
    failureKind: failure?.kind ?? null,
    mandateRef: status === 'paid' ? savedMandateRef(intent, charge) : null,
    method:
      charge?.payment_method_details?.type ??
      (typeof intent.payment_method === 'object' ? (intent.payment_method?.type ?? null) : null),
    cardCountry: cardCountryOf(charge?.payment_method_details?.card?.country),
  };
}

/**
 * A Checkout Session that has no final PaymentIntent state yet. While the session is open the
 * payer is still on Stripe's page (and may retry after a decline), so it is `open` whatever the
 * intent says; callers read the intent itself once the session is complete or expired.
 */
export function openSessionState(session: Stripe.Checkout.Session): ProviderPayment {
  const status: ProviderPaymentStatus =
    session.status === 'expired' ? 'canceled' : session.status === 'complete' ? 'pending' : 'open';
  return {
    providerPaymentId: session.id,
    status,
    failureReason: null,
    failureKind: null,
    mandateRef: null,
    method: null,
    cardCountry: null,
  };
}

function statusOf(intent: Stripe.PaymentIntent): ProviderPaymentStatus {
  switch (intent.status) {
    case 'succeeded':
      return 'paid';
    // A debit on its way to the bank, or an authorisation waiting for capture.
    case 'processing':
    case 'requires_capture':
      return 'pending';
    // After a decline the intent goes back to asking for a payment method, with the error kept.
    case 'requires_payment_method':
      return intent.last_payment_error ? 'failed' : 'open';
    case 'canceled':
      return 'canceled';
    // requires_confirmation, requires_action and states Stripe adds later: not settled yet.
    default:
      return 'open';
  }
}

function failureOf(error: Stripe.PaymentIntent.LastPaymentError): Failure {
  return {
    reason: error.message ?? error.decline_code ?? error.code ?? 'Payment failed',
    kind: stripeFailureKind({ declineCode: error.decline_code, code: error.code, adviceCode: error.advice_code }),
  };
}

/**
 * The reusable method this payment saved, as `cus_…/pm_…`, when it was set up for off-session use.
 * NOTE: iDEAL, Bancontact and Sofort cannot be charged again themselves: Stripe saves a SEPA
 * direct debit method generated from the payment, and that one is the mandate.
 */
function savedMandateRef(intent: Stripe.PaymentIntent, charge: Stripe.Charge | null): string | null {
  if (intent.setup_future_usage !== 'off_session') return null;
  const customerId = idOf(intent.customer);
  const details = charge?.payment_method_details;
  const generated =
    details?.type === 'ideal'
      ? details.ideal?.generated_sepa_debit
      : details?.type === 'bancontact'
        ? details.bancontact?.generated_sepa_debit
        : details?.type === 'sofort'
          ? details.sofort?.generated_sepa_debit
          : undefined;
  const paymentMethodId = generated !== undefined ? idOf(generated) : idOf(intent.payment_method);
  return customerId && paymentMethodId ? formatStripeMandateRef({ customerId, paymentMethodId }) : null;
}

export function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : value.id;
}
