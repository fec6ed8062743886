import Stripe from 'stripe';
import type { ListedChargeback, PaymentProvider, ProviderPayment, ProviderRefund } from '../types';
import { toStripeAmount, toStripeCurrency } from './stripe-amount';
import { checkoutSessionParams } from './stripe-checkout-session';
import { callStripe, isStripeNotFound, translateStripeError } from './stripe-call';
import { parseStripeMandateRef } from './stripe-mandate-ref';
import { idOf, openSessionState, paymentIntentState, withdrawingDispute } from './stripe-payment-state';
import { createStripeSetup, getStripeSetup } from './stripe-setup';
import { parseStripeWebhook } from './stripe-webhook';

/** Clock drift between us and Stripe, in seconds: objects this much older than the call still count. */
const CLOCK_MARGIN_S = 300;

/** The first object of a (paged) list that matches, reading pages until one does. */
async function findInList<T>(list: AsyncIterable<T>, matches: (item: T) => boolean): Promise<T | null> {
  for await (const item of list) if (matches(item)) return item;
  return null;
}

export type StripeProviderConfig = {
  secretKey: string;
  webhookSecret: string;
  /** Another API host than Stripe's (tests point these at a local fake). */
  host?: string;
  port?: number;
  protocol?: 'http' | 'https';
  /** Per request; the client's default is 80 s. */
  timeoutMs?: number;
  /** Retries of a failed request under the same idempotency key; the client's default is 2. */
  maxNetworkRetries?: number;
};

/**
 * Stripe behind the PaymentProvider interface.
 *
 * NOTE: ids. createCheckout returns the Checkout Session id (`cs_…`): Stripe creates the
 * PaymentIntent only when the payer confirms. getPayment takes a `cs_…` or a `pi_…` id; for a
 * session that is complete or expired it answers with the intent's state and the intent's id
 * (`pi_…`) as providerPaymentId. Callers should store that id from then on: disputes, refunds and
 * payment_intent webhooks name the intent, not the session. chargeMandate returns `pi_…` ids.
 *
 * mandateRef is `cus_…/pm_…` (see stripe-mandate-ref.ts). A recurring checkout lets Checkout create
 * the customer unless `providerCustomerId` names one; the customer id comes back in the mandateRef.
 */
export function createStripeProvider(config: StripeProviderConfig): PaymentProvider {
  const stripe = new Stripe(config.secretKey, {
    host: config.host,
    port: config.port,
    protocol: config.protocol,
    timeout: config.timeoutMs,
    maxNetworkRetries: config.maxNetworkRetries,
  });

  /** The intent's state, with the dispute lookup only for charges that say they are disputed. */
  async function intentState(intent: Stripe.PaymentIntent): Promise<ProviderPayment> {
    const charge = typeof intent.latest_charge === 'object' ? intent.latest_charge : null;
    if (!charge?.disputed) return paymentIntentState(intent, null);
    const disputes = await callStripe(`listing disputes of ${intent.id}`, () =>
      stripe.disputes.list({ payment_intent: intent.id }),
    );
    return paymentIntentState(intent, withdrawingDispute(disputes.data));
  }

  async function retrieveOrNull<T>(what: string, call: () => Promise<T>): Promise<T | null> {
    return callStripe(what, async () => {
      try {
        return await call();
      } catch (error) {
        if (isStripeNotFound(error)) return null;
        throw error;
      }
    });
  }

  async function readPayment(providerPaymentId: string): Promise<ProviderPayment | null> {
    if (providerPaymentId.startsWith('cs_')) {
      const session = await retrieveOrNull(`reading ${providerPaymentId}`, () =>
        stripe.checkout.sessions.retrieve(providerPaymentId, { expand: ['payment_intent.latest_charge'] }),
      );
      if (!session) return null;
      const intent = typeof session.payment_intent === 'object' ? session.payment_intent : null;
      if (session.status === 'open' || !intent) return openSessionState(session);
      const state = await intentState(intent);
      // An expired session ends its intent's chances, whether or not Stripe has canceled it yet.
      return session.status === 'expired' && state.status === 'open' ? { ...state, status: 'canceled' } : state;
    }
    if (providerPaymentId.startsWith('pi_')) {
      const intent = await retrieveOrNull(`reading ${providerPaymentId}`, () =>
        stripe.paymentIntents.retrieve(providerPaymentId, { expand: ['latest_charge'] }),
      );
      return intent ? intentState(intent) : null;
    }
    throw new Error(`Not a Stripe checkout session or PaymentIntent id: "${providerPaymentId}"`);
  }

  return {
    id: 'stripe',

    async createCheckout(request) {
      const session = await callStripe('checkout session creation', () =>
        stripe.checkout.sessions.create(checkoutSessionParams(request), {
          idempotencyKey: `checkout-${request.reference}`,
        }),
      );
      if (!session.url) throw new Error(`Stripe checkout session ${session.id} has no URL`);
      return { providerPaymentId: session.id, redirectUrl: session.url };
    },

    getPayment: readPayment,

    async findPayment(lookup) {
      // Stripe keeps `created` in seconds; a margin for clock drift between us and Stripe.
      const created = { gte: Math.floor(lookup.since.getTime() / 1000) - CLOCK_MARGIN_S };
      if (lookup.kind === 'checkout') {
        const session = await callStripe(`looking up checkout ${lookup.reference}`, () =>
          findInList(stripe.checkout.sessions.list({ created, limit: 100 }), (s) => s.client_reference_id === lookup.reference),
        );
        if (!session) return null;
        const state = await readPayment(session.id);
        return state && { ...state, checkoutUrl: session.status === 'open' ? session.url : null };
      }
      // A debit (its reference is its key) is searched among all the account's intents: its
      // customer may be unknown to us.
      const key = lookup.kind === 'debit' ? lookup.reference : lookup.idempotencyKey;
      const customer = lookup.kind === 'debit' ? undefined : (parseStripeMandateRef(lookup.mandateRef)?.customerId ?? lookup.providerCustomerId);
      if (lookup.kind === 'charge' && !customer) throw new Error(`Not a Stripe mandateRef: "${lookup.mandateRef}"`);
      const intent = await callStripe(`looking up ${lookup.kind} ${key}`, () =>
        findInList(stripe.paymentIntents.list({ ...(customer ? { customer } : {}), created, limit: 100 }), (i) => i.metadata.idempotency_key === key),
      );
      if (!intent) return null;
      const state = await readPayment(intent.id);
      return state && { ...state, checkoutUrl: null };
    },

    async chargeMandate(request) {
      const ref = parseStripeMandateRef(request.mandateRef);
      const customer = ref?.customerId ?? request.providerCustomerId;
      const paymentMethodId =
        ref?.paymentMethodId ?? (request.mandateRef.startsWith('pm_') ? request.mandateRef : null);
      if (!customer || !paymentMethodId) throw new Error(`Not a Stripe mandateRef: "${request.mandateRef}"`);
      // NOTE: the intent is limited to the saved method's type. Left to the account's dynamic set
      // of methods, which includes redirect methods, Stripe would demand a return_url that an
      // off-session charge never uses; reading the method first also catches a detached one.
      const paymentMethod = await callStripe(`reading ${paymentMethodId}`, () =>
        stripe.paymentMethods.retrieve(paymentMethodId),
      );
      if (idOf(paymentMethod.customer) !== customer) {
        throw new Error(`Stripe payment method ${paymentMethodId} is no longer attached to ${customer}`);
      }
      try {
        const intent = await stripe.paymentIntents.create(
          {
            amount: toStripeAmount(request.amountMinor, request.currency),
            currency: toStripeCurrency(request.currency),
            customer,
            payment_method: paymentMethodId,
            allowed_payment_method_types: [paymentMethod.type],
            off_session: true,
            confirm: true,
            description: request.description,
            metadata: { idempotency_key: request.idempotencyKey },
            expand: ['latest_charge'],
          },
          // NOTE: Stripe answers a repeated key with the first answer, decline included: never two charges.
          { idempotencyKey: request.idempotencyKey },
        );
        const state = await intentState(intent);
        return {
          ...state,
          mandateRef: state.status === 'paid' ? request.mandateRef : null,
          method: state.method ?? paymentMethod.type,
        };
      } catch (error) {
        // A decline on confirmation is an answer, not an outage: the failed intent comes with it.
        if (error instanceof Stripe.errors.StripeCardError && error.payment_intent) {
          return { ...paymentIntentState(error.payment_intent, null), method: paymentMethod.type };
        }
        throw translateStripeError('off-session charge', error);
      }
    },

    async createSetup(request) {
      return createStripeSetup(stripe, request);
    },

    async getSetup(providerSetupId) {
      return getStripeSetup(stripe, providerSetupId);
    },

    async revokeMandate(mandateRef) {
      const ref = parseStripeMandateRef(mandateRef);
      if (!ref) throw new Error(`Not a Stripe mandateRef: "${mandateRef}"`);
      // Detaching is what ends a saved method at Stripe. One detached before (or deleted) is not
      // attached to anyone any more, which Stripe answers with an error rather than a no-op, so
      // read it first.
      const method = await retrieveOrNull(`reading ${ref.paymentMethodId}`, () => stripe.paymentMethods.retrieve(ref.paymentMethodId));
      if (!method || idOf(method.customer) !== ref.customerId) return 'gone';
      await callStripe(`detaching ${ref.paymentMethodId}`, () => stripe.paymentMethods.detach(ref.paymentMethodId));
      return 'revoked';
    },

    async refund(request) {
      let paymentIntent = request.providerPaymentId;
      if (paymentIntent.startsWith('cs_')) {
        const session = await callStripe(`reading ${paymentIntent}`, () =>
          stripe.checkout.sessions.retrieve(request.providerPaymentId),
        );
        const intentId = idOf(session.payment_intent);
        if (!intentId) throw new Error(`Stripe checkout session ${session.id} has no payment to refund`);
        paymentIntent = intentId;
      }
      const refund = await callStripe(`refunding ${paymentIntent}`, () =>
        stripe.refunds.create(
          {
            payment_intent: paymentIntent,
            amount: toStripeAmount(request.amountMinor, request.currency),
            metadata: { description: request.description },
          },
          { idempotencyKey: request.idempotencyKey },
        ),
      );
      return toProviderRefund(refund);
    },

    /**
     * Stripe's chargebacks are disputes: every one opened at or after `since`, all pages read
     * (newest first). The daily poll reads each one's payment back like a webhook would
     * (getPayment: only a dispute that withdrew the money makes it charged back; an inquiry or a
     * dispute won leaves it paid), so a lost charge.dispute.* webhook is caught up. A dispute
     * without a PaymentIntent (a charge made outside Checkout and PaymentIntents) names no payment of ours.
     */
    async listChargebacks(since) {
      return callStripe(`listing disputes since ${since.toISOString()}`, async () => {
        const listed: ListedChargeback[] = [];
        for await (const dispute of stripe.disputes.list({ created: { gte: Math.floor(since.getTime() / 1000) }, limit: 100 })) {
          const providerPaymentId = idOf(dispute.payment_intent);
          if (providerPaymentId) listed.push({ providerChargebackId: dispute.id, providerPaymentId, createdAt: new Date(dispute.created * 1000) });
        }
        return listed;
      });
    },

    async parseWebhook(request) {
      return parseStripeWebhook(stripe, config.webhookSecret, request);
    },
  };
}

function toProviderRefund(refund: Stripe.Refund): ProviderRefund {
  switch (refund.status) {
    case 'succeeded':
      return { providerRefundId: refund.id, status: 'refunded' };
    case 'failed':
    case 'canceled':
      return { providerRefundId: refund.id, status: 'failed' };
    // pending, requires_action (the payer must give bank details): on its way.
    default:
      return { providerRefundId: refund.id, status: 'pending' };
  }
}
