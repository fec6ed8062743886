import { and, eq, sql } from 'drizzle-orm';
import { builtOnceQuery, placeholders, setValueFor, valueFor } from '@/db/built-once';
import { db, type Tx } from '@/db/client';
import { invoices, payments } from '@/db/schema';
import { afterAutopayFailure } from '@/lib/billing/autopay-retry';
import type { ProviderPayment } from '@/lib/payments/types';
import { queuePaymentFailed } from '@/lib/services/email/send-payment-failed';
import { queuePaymentReceived } from '@/lib/services/email/send-payment-received';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { afterPaymentApplied } from './after-payment-applied';
import { applyPayment, nextAttempt, providerPaymentReceived } from './apply-payment';
import { lockPayment } from './lock-payment';
import { markPastDue } from './mark-past-due';
import { chargebackReversal, reversePayment } from './reverse-payment';
import { recordEvent } from '@/lib/services/events/record-event';
import { recordCardCountry } from './record-card-country';

// NOTE: this file's statements are built once (db/built-once.ts): each autopay outcome runs them,
// thousands in the demo history and in a bill run.
const failedStatement = builtOnceQuery<never>(() =>
  db
    .update(payments)
    .set({
      providerPaymentId: setValueFor(payments.providerPaymentId, 'providerPaymentId'),
      status: 'failed',
      failureReason: setValueFor(payments.failureReason, 'failureReason'),
      failureKind: setValueFor(payments.failureKind, 'failureKind'),
      settledAt: setValueFor(payments.settledAt, 'settledAt'),
    })
    .where(eq(payments.id, valueFor(payments.id, 'id'))),
);
const lockInvoiceStatement = builtOnceQuery<{ subscriptionId: string | null }>(() =>
  db
    .select({ subscriptionId: invoices.subscriptionId })
    .from(invoices)
    .where(eq(invoices.id, valueFor(invoices.id, 'id')))
    .for('update'),
);
const insertRetryStatement = builtOnceQuery<{ id: string }>(() =>
  db
    .insert(payments)
    .values({
      ...placeholders('customerId', 'invoiceId', 'attempt', 'provider', 'method', 'amountMinor', 'currency', 'chargeAt'),
      status: 'pending',
      source: 'autopay',
    })
    .returning({ id: payments.id }),
);
const autopayChargesStatement = builtOnceQuery<{ count: number }>(() =>
  db
    .select({ count: sql<number>`count(*)::int` })
    .from(payments)
    .where(and(eq(payments.invoiceId, valueFor(payments.invoiceId, 'invoiceId')), eq(payments.source, 'autopay'))),
);

export type ChargeOutcome = {
  status: 'paid' | 'failed' | 'pending' | 'skipped' | 'charged_back';
  reason: string | null;
  /** The next attempt a temporary failure scheduled, to be charged at `chargeAt`. */
  retry: { paymentId: string; chargeAt: Date } | null;
};

/**
 * Applies what the provider says about an autopay attempt, from the charge call or a webhook, in
 * any order and any number of times: the payment row is locked and only moves forward (pending
 * to paid or failed; paid to charged back).
 * - paid: the invoice is paid (dunning stops, a suspension is lifted).
 * - failed, temporary: the next attempt is scheduled with backoff (3 retries), the customer told.
 * - failed, permanent (or retries used up): the subscription is past due, the customer is asked
 *   to pay or update the payment method, and the invoice's dunning plan carries on.
 * - charged back: the invoice is reopened (reversePayment).
 */
export async function recordChargeOutcome(input: { paymentId: string; state: ProviderPayment; now: Date }): Promise<ChargeOutcome> {
  const { state, now } = input;
  const { timeZone } = await getShopSettings(db);
  const outcome = await db.transaction(async (tx) => {
    const current = await lockPayment(tx, input.paymentId);
    if (!current) throw new Error(`Payment ${input.paymentId} does not exist`);
    const skipped = { outcome: { status: 'skipped' as const, reason: null, retry: null }, applied: null };

    if (state.status === 'charged_back') {
      if (current.status !== 'paid') return skipped;
      await reversePayment(tx, chargebackReversal(current.id, state, now));
      return { outcome: { status: 'charged_back' as const, reason: state.failureReason, retry: null }, applied: null };
    }
    if (current.status !== 'pending') return skipped;
    if (state.status === 'open' || state.status === 'pending') {
      await tx.update(payments).set({ providerPaymentId: state.providerPaymentId }).where(eq(payments.id, current.id));
      return { outcome: { status: 'pending' as const, reason: null, retry: null }, applied: null };
    }
    if (state.status === 'paid') {
      await recordCardCountry(tx, current.id, state);
      const applied = await applyPayment(tx, providerPaymentReceived(current, state.providerPaymentId, now));
      return { outcome: { status: 'paid' as const, reason: null, retry: null }, applied };
    }

    const kind = state.status === 'canceled' ? 'permanent' : (state.failureKind ?? 'temporary');
    const reason = state.failureReason ?? (state.status === 'canceled' ? 'Canceled at the provider' : 'Declined');
    await failedStatement(tx, { id: current.id, providerPaymentId: state.providerPaymentId, failureReason: reason, failureKind: kind, settledAt: now });
    // The invoice is locked before its next attempt number is taken (the pay link takes them too).
    const [invoice] = await lockInvoiceStatement(tx, { id: current.invoiceId! });
    await recordEvent(tx, { name: 'payment/failed', data: { paymentId: current.id, invoiceId: current.invoiceId!, subscriptionId: invoice?.subscriptionId ?? null } });
    const next = afterAutopayFailure({ kind, charges: await autopayCharges(tx, current.invoiceId!), failedAt: now, timeZone });
    if (next.retry) {
      // NOTE: a new row, keyed (invoice, attempt): its id is the retry's own idempotency key. The
      // locked pending row above is what keeps a replayed outcome from scheduling it twice.
      const [retry] = await insertRetryStatement(tx, {
        customerId: current.customerId,
        invoiceId: current.invoiceId,
        attempt: await nextAttempt(tx, current.invoiceId!),
        provider: current.provider,
        method: current.method,
        amountMinor: current.amountMinor,
        currency: current.currency,
        chargeAt: next.chargeAt,
      });
      await queuePaymentFailed(tx, { paymentId: current.id, failure: 'temporary', retryAt: next.chargeAt, reason });
      return { outcome: { status: 'failed' as const, reason, retry: { paymentId: retry!.id, chargeAt: next.chargeAt } }, applied: null };
    }
    if (invoice?.subscriptionId) await markPastDue(tx, invoice.subscriptionId);
    await queuePaymentFailed(tx, { paymentId: current.id, failure: 'permanent', reason });
    return { outcome: { status: 'failed' as const, reason, retry: null }, applied: null };
  });
  if (outcome.applied) {
    await afterPaymentApplied(outcome.applied);
    await queuePaymentReceived(input.paymentId);
  }
  return outcome.outcome;
}

/** The autopay charges of an invoice so far: its `issue` step's charge and the retries after it. */
async function autopayCharges(tx: Tx, invoiceId: string): Promise<number> {
  const [row] = await autopayChargesStatement(tx, { invoiceId });
  return row?.count ?? 0;
}
