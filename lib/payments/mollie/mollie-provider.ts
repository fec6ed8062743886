import { createMollieClient, PaymentEmbed, RefundStatus, SequenceType, type Refund } from '@mollie/api-client';
import type { CheckoutRequest, PaymentProvider, ProviderRefund } from '../types';
import { toMollieAmount } from './mollie-amount';
import { callMollie, isMollieNotFound } from './mollie-call';
import { createMollieDebitMandate } from './mollie-debit-mandate';
import { findMollieDebitMandate } from './mollie-find-mandate';
import { parseMollieMandateRef } from './mollie-mandate-ref';
import { findMolliePayment } from './mollie-find-payment';
import { listMollieChargebacks } from './mollie-list-chargebacks';
import { mollieCheckoutMethod } from './mollie-methods';
import { createMollieSetup, getMollieSetup } from './mollie-setup';
import { toProviderPayment } from './mollie-payment-state';
import { parseMollieWebhook } from './mollie-webhook';

export type MollieProviderConfig = {
  apiKey: string;
  /** Another API root than Mollie's (tests point this at a local fake). */
  apiEndpoint?: string;
  /** Only for organization-level credentials; a website profile's API key implies its profile. */
  profileId?: string;
  /** How long one call may take, the client's own retries on 5xx included. */
  timeoutMs?: number;
};

const PAYMENT_ID = /^tr_[A-Za-z0-9]+$/;

/**
 * Mollie behind the PaymentProvider interface.
 * - providerPaymentId is Mollie's payment id (`tr_…`).
 * - mandateRef is `cst_…/mdt_…` (see mollie-mandate-ref.ts): present once a `first` or
 *   `recurring` payment is paid, and all that chargeMandate needs.
 * - A recurring checkout creates a Mollie customer unless `providerCustomerId` names one; the
 *   customer id comes back as the first half of the mandateRef.
 */
export function createMollieProvider(config: MollieProviderConfig): PaymentProvider {
  const mollie = createMollieClient({ apiKey: config.apiKey, apiEndpoint: config.apiEndpoint });
  const timeoutMs = config.timeoutMs ?? 30_000;
  const profile = config.profileId ? { profileId: config.profileId } : {};

  /** The Mollie customer a first payment belongs to: the one we know, or a new one. */
  async function customerFor(request: Pick<CheckoutRequest, 'reference' | 'providerCustomerId'>): Promise<string> {
    if (request.providerCustomerId) return request.providerCustomerId;
    const customer = await callMollie('customer creation', timeoutMs, () =>
      // Keyed by our payment: a retried checkout reuses the customer instead of adding one.
      mollie.customers.create({
        metadata: { reference: request.reference },
        idempotencyKey: `customer-${request.reference}`,
      }),
    );
    return customer.id;
  }

  return {
    id: 'mollie',

    async createCheckout(request) {
      const { method, sequenceType } = mollieCheckoutMethod(request.method, request.recurring);
      const customerId = sequenceType === SequenceType.first ? await customerFor(request) : undefined;
      const payment = await callMollie('checkout payment creation', timeoutMs, () =>
        mollie.payments.create({
          amount: toMollieAmount(request.amountMinor, request.currency),
          description: request.description,
          method,
          sequenceType,
          customerId,
          redirectUrl: request.returnUrl,
          webhookUrl: request.webhookUrl,
          metadata: { reference: request.reference },
          idempotencyKey: `checkout-${request.reference}`,
          ...profile,
        }),
      );
      const redirectUrl = payment.getCheckoutUrl();
      if (!redirectUrl) throw new Error(`Mollie payment ${payment.id} has no checkout URL`);
      return { providerPaymentId: payment.id, redirectUrl };
    },

    async getPayment(providerPaymentId) {
      if (!PAYMENT_ID.test(providerPaymentId)) throw new Error(`Not a Mollie payment id: "${providerPaymentId}"`);
      const payment = await callMollie(`reading ${providerPaymentId}`, timeoutMs, async () => {
        try {
          return await mollie.payments.get(providerPaymentId, { embed: [PaymentEmbed.chargebacks] });
        } catch (error) {
          if (isMollieNotFound(error)) return null;
          throw error;
        }
      });
      return payment ? toProviderPayment(payment) : null;
    },

    async findPayment(lookup) {
      const what = lookup.kind === 'charge' ? `looking up charge ${lookup.idempotencyKey}` : `looking up ${lookup.kind} ${lookup.reference}`;
      const payment = await callMollie(what, timeoutMs, () => findMolliePayment(mollie, lookup, profile));
      if (!payment) return null;
      return { ...toProviderPayment(payment), checkoutUrl: payment.getCheckoutUrl() };
    },

    async chargeMandate(request) {
      const parsed = parseMollieMandateRef(request.mandateRef);
      const customerId = parsed?.customerId ?? request.providerCustomerId;
      const mandateId = parsed?.mandateId ?? (request.mandateRef.startsWith('mdt_') ? request.mandateRef : null);
      if (!customerId || !mandateId) throw new Error(`Not a Mollie mandateRef: "${request.mandateRef}"`);
      const payment = await callMollie('recurring payment creation', timeoutMs, () =>
        mollie.payments.create({
          amount: toMollieAmount(request.amountMinor, request.currency),
          description: request.description,
          sequenceType: SequenceType.recurring,
          customerId,
          mandateId,
          webhookUrl: request.webhookUrl,
          // Our reference, when there is one, lets a lookup find the debit with no mandate known.
          metadata: { idempotencyKey: request.idempotencyKey, ...(request.reference ? { reference: request.reference } : {}) },
          // NOTE: Mollie answers a repeated key with the first request's payment: never two charges.
          idempotencyKey: request.idempotencyKey,
          ...profile,
        }),
      );
      return toProviderPayment(payment);
    },

    async createSetup(request) {
      return createMollieSetup(mollie, timeoutMs, { ...request, customerId: await customerFor(request), ...profile });
    },

    async createDebitMandate(request) {
      return createMollieDebitMandate(mollie, timeoutMs, { ...request, customerId: await customerFor(request) });
    },

    async findDebitMandate(lookup) {
      return callMollie(`looking up mandate ${lookup.mandateReference}`, timeoutMs, () => findMollieDebitMandate(mollie, lookup));
    },

    async getSetup(providerSetupId) {
      if (!PAYMENT_ID.test(providerSetupId)) throw new Error(`Not a Mollie payment id: "${providerSetupId}"`);
      return getMollieSetup(mollie, timeoutMs, providerSetupId);
    },

    async refund(request) {
      if (!PAYMENT_ID.test(request.providerPaymentId))
        throw new Error(`Not a Mollie payment id: "${request.providerPaymentId}"`);
      const refund = await callMollie(`refunding ${request.providerPaymentId}`, timeoutMs, () =>
        mollie.paymentRefunds.create({
          paymentId: request.providerPaymentId,
          amount: toMollieAmount(request.amountMinor, request.currency),
          description: request.description,
          idempotencyKey: request.idempotencyKey,
        }),
      );
      return toProviderRefund(refund);
    },

    async revokeMandate(mandateRef) {
      const ref = parseMollieMandateRef(mandateRef);
      if (!ref) throw new Error(`Not a Mollie mandateRef: "${mandateRef}"`);
      return callMollie(`revoking ${ref.mandateId}`, timeoutMs, async () => {
        try {
          await mollie.customerMandates.revoke(ref.mandateId, { customerId: ref.customerId });
          return 'revoked' as const;
        } catch (error) {
          // Mollie answers 404 for a mandate it no longer has (revoked before, or its customer deleted).
          if (isMollieNotFound(error)) return 'gone' as const;
          throw error;
        }
      });
    },

    async listChargebacks(since) {
      return listMollieChargebacks(mollie, timeoutMs, since, profile);
    },

    async parseWebhook(request) {
      return parseMollieWebhook(request);
    },
  };
}

function toProviderRefund(refund: Refund): ProviderRefund {
  switch (refund.status) {
    case RefundStatus.refunded:
      return { providerRefundId: refund.id, status: 'refunded' };
    case RefundStatus.failed:
    case RefundStatus.canceled:
      return { providerRefundId: refund.id, status: 'failed' };
    // queued (waiting for balance), pending, processing: on its way.
    default:
      return { providerRefundId: refund.id, status: 'pending' };
  }
}
