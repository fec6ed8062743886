import { testProviderStore } from './test-provider';
import { testMandateRef, type TestMandateBehaviour } from './test-provider-outcomes';
import type { TestPaymentRecord } from './test-provider-store';
import type { FailureKind } from './types';
import { signTestWebhook, TEST_SIGNATURE_HEADER } from './test-provider-webhook';

/** What the payer decides on the hosted page; a paid checkout leaves a mandate that behaves as `mandate`. */
export type TestCheckoutDecision = {
  status: 'paid' | 'pending' | 'failed' | 'canceled';
  failureReason?: string | null;
  failureKind?: FailureKind | null;
  mandate?: TestMandateBehaviour | null;
  at: Date;
};

/**
 * The payer's decision on a checkout. Like at a real provider the first decision is final: a
 * second click or a replayed form finds the payment decided and changes nothing. Returns the
 * payment as it now is, or null when there is no such payment.
 */
export async function decideTestCheckout(id: string, decision: TestCheckoutDecision): Promise<TestPaymentRecord | null> {
  const decided = await testProviderStore.transition(id, ['open'], {
    status: decision.status,
    failureReason: decision.failureReason ?? null,
    failureKind: decision.failureKind ?? null,
    mandateRef: decision.mandate ? testMandateRef(decision.mandate, id) : null,
    completedAt: decision.status === 'pending' ? null : decision.at,
  });
  return decided ?? testProviderStore.find(id);
}

/** What can happen to a test payment after the payer is gone, as at a real provider. */
export type TestProviderEvent = 'settle' | 'fail' | 'charge-back';

/**
 * Moves a test payment on the provider's side: a pending one settles or fails (a bank transfer
 * iDEAL, a SEPA debit being processed); a paid one is charged back (a SEPA debit that bounced
 * days after it looked paid). Returns whether it changed; an event that does not apply to the
 * payment's state changes nothing, as a real provider would refuse it.
 */
export async function applyTestProviderEvent(id: string, event: TestProviderEvent): Promise<boolean> {
  const changed =
    event === 'charge-back'
      ? await testProviderStore.transition(id, ['paid'], {
          status: 'charged_back',
          failureReason: 'Returned by the bank: insufficient funds (AM04)',
          // AM04 is no dispute: the mandate may be debited again (mollie-failure-kind.ts).
          failureKind: 'temporary',
          chargedBackAt: new Date(),
        })
      : await testProviderStore.transition(
          id,
          ['pending', 'open'],
          event === 'settle'
            ? { status: 'paid', completedAt: new Date() }
            : { status: 'failed', failureReason: 'Declined: insufficient funds', failureKind: 'temporary', completedAt: new Date() },
        );
  return changed !== null;
}

/** Sends the provider's webhook for a payment to the app, signed like the real thing. */
export async function deliverTestWebhook(appBaseUrl: string, id: string): Promise<{ status: number; body: string }> {
  const rawBody = JSON.stringify({ id });
  const response = await fetch(`${appBaseUrl}/api/webhooks/test`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TEST_SIGNATURE_HEADER]: signTestWebhook(rawBody) },
    body: rawBody,
  });
  return { status: response.status, body: await response.text() };
}
