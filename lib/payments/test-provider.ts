import crypto from 'node:crypto';
import { cardCountryOf } from './card-country';
import { postgresTestProviderStore } from './postgres-test-provider-store';
import { mandateBehaviour, testMandateRef } from './test-provider-outcomes';
import { testSetupState } from './test-provider-setup-details';
import type { TestPaymentRecord, TestProviderStore } from './test-provider-store';
import { parseTestWebhook } from './test-provider-webhook';
import { ProviderUnavailableError, type PaymentProvider, type ProviderPayment } from './types';

const idFromKey = (prefix: string, key: string) =>
  `${prefix}_${crypto.createHash('sha256').update(key).digest('hex').slice(0, 24)}`;

const checkoutIdOf = (reference: string) => idFromKey('tp', `checkout-${reference}`);
const hostedPage = (id: string) => `/test-provider/pay/${id}`;

/**
 * The embedded payment provider: a hosted page inside the app (like a provider's sandbox) where
 * the payer picks the outcome, and a mandate whose later charges behave as picked there. Its
 * ledger is its own store, read only through this interface and the provider's own pages.
 */
export function createTestProvider(store: TestProviderStore): PaymentProvider {
  return {
    id: 'test',

    async createCheckout(request) {
      // Keyed by our reference, like a real provider's idempotency key: a repeated call (a retry
      // after a timeout) returns the same checkout, and findPayment finds it.
      const id = checkoutIdOf(request.reference);
      // Callers should hold no transaction here, but one that does must not deadlock the
      // embedded database: see addInBackground.
      store.addInBackground({
        id,
        amountMinor: request.amountMinor,
        currency: request.currency,
        description: request.description,
        returnUrl: request.returnUrl,
        method: request.method,
        // NOTE: the test card is issued where the payer says they live: agreeing OSS evidence, as
        // most real payments give. A different country is set in its ledger (tests, sandbox).
        cardCountry: request.method === 'card' ? cardCountryOf(request.billingCountry) : null,
      });
      return { providerPaymentId: id, redirectUrl: hostedPage(id) };
    },

    async chargeMandate(request) {
      // The provider's own idempotency: the same key always names the same payment.
      // NOTE: added first, read only when the key was taken (a retry): the insert answers the
      // row it wrote, where a read before and after it cost two more round trips on each charge.
      const id = idFromKey('tp', request.idempotencyKey);
      const behaviour = mandateBehaviour(request.mandateRef);
      const added = await store.add({
        id,
        kind: 'charge',
        amountMinor: request.amountMinor,
        currency: request.currency,
        description: request.description,
        returnUrl: '',
        mandateRef: request.mandateRef,
        method: behaviour === 'bouncing' ? 'directdebit' : 'card',
        ...(await chargeOutcome(store, behaviour, request.mandateRef)),
        completedAt: new Date(),
      });
      if (!added) {
        const existing = await store.find(id);
        if (!existing) throw new Error(`Test provider lost payment ${id}`);
        return stateOf(existing);
      }
      // A provider that accepted the charge and then timed out: the caller must retry with the
      // same key and must get this very payment back, not a second charge.
      if (behaviour === 'timeout-once') throw new ProviderUnavailableError('Test provider timed out after accepting the charge');
      return stateOf(added);
    },

    async getPayment(providerPaymentId) {
      const payment = await store.find(providerPaymentId);
      return payment ? stateOf(payment) : null;
    },

    async findPayment(lookup) {
      // A debit's reference is its idempotency key (PaymentLookup).
      const id =
        lookup.kind === 'checkout' ? checkoutIdOf(lookup.reference) : idFromKey('tp', lookup.kind === 'debit' ? lookup.reference : lookup.idempotencyKey);
      const payment = await store.find(id);
      if (!payment) return null;
      const open = payment.kind === 'checkout' && payment.status === 'open';
      return { ...stateOf(payment), checkoutUrl: open ? hostedPage(id) : null };
    },

    async createSetup(request) {
      // The same reference names the same setup, as the real providers' idempotency keys do.
      const id = idFromKey('tp', `setup-${request.reference}`);
      await store.add({
        id,
        kind: 'setup',
        amountMinor: 0,
        currency: request.currency,
        description: request.description,
        returnUrl: request.returnUrl,
        method: request.method,
      });
      return { providerSetupId: id, redirectUrl: `/test-provider/pay/${id}` };
    },

    async createDebitMandate(request) {
      // NOTE: automatic, like a sandbox's test IBANs: a SEPA mandate whose debits are paid and can
      // be bounced later from the test dashboard. Keyed by the reference, so a retry gives the same.
      return { mandateRef: testMandateRef('bouncing', request.reference), providerCustomerId: null, status: 'valid' };
    },

    async findDebitMandate() {
      // NOTE: a test mandate is its behaviour written in its ref, kept nowhere (revokeMandate): a
      // mandate call whose answer was lost leaves nothing that could be charged.
      return null;
    },

    async getSetup(providerSetupId) {
      const setup = await store.find(providerSetupId);
      return setup?.kind === 'setup' ? testSetupState(setup) : null;
    },

    async refund(request) {
      const id = idFromKey('tr', request.idempotencyKey);
      const done = await store.find(id);
      if (done) return { providerRefundId: id, status: done.status === 'paid' ? 'refunded' : 'failed' };
      const { providerPaymentId: paymentId, amountMinor, currency, description } = request;
      await store.refund({ id, paymentId, amountMinor, currency, description });
      return { providerRefundId: id, status: 'refunded' };
    },

    async listChargebacks(since) {
      // A test payment is charged back at most once: the chargeback is named after its payment.
      return (await store.listChargedBack(since)).map((payment) => ({
        providerChargebackId: `chb_${payment.id}`,
        providerPaymentId: payment.id,
        createdAt: payment.chargedBackAt!,
      }));
    },

    async revokeMandate() {
      // NOTE: a test mandate is its behaviour written in its ref (test-provider-outcomes.ts); the
      // provider keeps no mandate of its own to end. Ours is gone with the method row, so nothing
      // charges it again.
      return 'revoked';
    },

    parseWebhook: parseTestWebhook,
  };
}

/** The test provider's ledger, for its own pages and sandbox events. */
export const testProviderStore: TestProviderStore = postgresTestProviderStore;

export const testProvider = createTestProvider(testProviderStore);

function stateOf(payment: TestPaymentRecord): ProviderPayment {
  return {
    providerPaymentId: payment.id,
    status: payment.status,
    failureReason: payment.failureReason,
    failureKind: payment.failureKind,
    // A paid checkout leaves the mandate the payer chose on the hosted page.
    mandateRef: payment.status === 'paid' || payment.status === 'charged_back' ? payment.mandateRef : null,
    method: payment.method,
    cardCountry: payment.status === 'paid' || payment.status === 'charged_back' ? payment.cardCountry : null,
    // Dated on the bounce, so a chargeback recorded late (by the daily poll) is dunned from it.
    ...(payment.status === 'charged_back' && payment.chargedBackAt ? { chargeback: { at: payment.chargedBackAt, reasonCode: null, feeMinor: null } } : {}),
  };
}

type ChargeOutcome = Pick<TestPaymentRecord, 'status' | 'failureReason' | 'failureKind'>;

/** How a charge on a test mandate ends, by the behaviour the payer picked for it. */
async function chargeOutcome(store: TestProviderStore, behaviour: ReturnType<typeof mandateBehaviour>, mandateRef: string): Promise<ChargeOutcome> {
  if (behaviour === 'failing') return { status: 'failed', failureReason: 'Declined: the card has expired', failureKind: 'permanent' };
  // Like a card short of funds until payday: the first two charges on it fail, then it works.
  if (behaviour === 'flaky' && (await store.countFailedCharges(mandateRef)) < 2) {
    return { status: 'failed', failureReason: 'Declined: insufficient funds', failureKind: 'temporary' };
  }
  return { status: 'paid', failureReason: null, failureKind: null };
}
