import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { testProviderPayments } from '@/db/schema';
import { signTestWebhook, TEST_SIGNATURE_HEADER } from './test-provider-webhook';

/** What can happen to a test payment after the payer is gone, as at a real provider. */
export type TestProviderEvent = 'settle' | 'fail' | 'charge-back';

/**
 * Moves a test payment on the provider's side: a pending one settles or fails (a bank transfer
 * iDEAL, a SEPA debit being processed); a paid one is charged back (a SEPA debit that bounced
 * days after it looked paid). Returns whether it changed; an event that does not apply to the
 * payment's state changes nothing, as a real provider would refuse it.
 */
export async function applyTestProviderEvent(db: DbOrTx, id: string, event: TestProviderEvent): Promise<boolean> {
  const changes = {
    settle: { from: ['pending', 'open'], set: { status: 'paid' as const, completedAt: new Date() } },
    fail: {
      from: ['pending', 'open'],
      set: { status: 'failed' as const, failureReason: 'Declined: insufficient funds', failureKind: 'temporary' as const, completedAt: new Date() },
    },
    'charge-back': {
      from: ['paid'],
      set: { status: 'charged_back' as const, failureReason: 'Returned by the bank: insufficient funds (AM04)', failureKind: 'permanent' as const },
    },
  }[event];
  const updated = await db
    .update(testProviderPayments)
    .set(changes.set)
    .where(and(eq(testProviderPayments.id, id), inArray(testProviderPayments.status, changes.from as ('pending' | 'open' | 'paid')[])))
    .returning({ id: testProviderPayments.id });
  return updated.length > 0;
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
