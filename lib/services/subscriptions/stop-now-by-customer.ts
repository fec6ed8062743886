import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { subscriptions } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import type { StopReason } from '@/lib/billing/self-service-stop';
import { runCharge } from '@/lib/services/billing/run-charge';
import { queueSubscriptionStoppedNow } from '@/lib/services/email/queue-subscription-stopped-now';
import { ProviderUnavailableError } from '@/lib/payments/types';
import { createProrationInvoice } from './create-proration-invoice';
import { lockOwnSubscription, type OwnSubscription } from './lock-own-subscription';
import { quoteStopNow, type StopCreditUsePlan, type StopNowQuote } from './quote-stop-now';
import { stopNowNotFound, stopNowPreviewChanged, type StopNowError } from './stop-now-errors';
import { stopSubscriptionNow } from './stop-subscription-now';
import { useStopCredit } from './use-stop-credit';

export type StopNowDone = {
  creditMinor: number;
  creditNoteIds: string[];
  /** The early-exit fee's invoice, when there was a fee. */
  feeInvoice: { id: string; totalMinor: number } | null;
  currency: string;
  /** Where the credit went: the fee and open invoices it paid, the rest kept as balance. */
  creditUse: StopCreditUsePlan | null;
};

/** Without a preview: what a stop at once would do now (Min Side shows it before the confirm). */
export async function previewStopNow(input: { customerId: string; subscriptionId: string; now: Date }): Promise<Result<StopNowQuote, StopNowError>> {
  // NOTE: a transaction that writes nothing: its locks only keep the quote from reading halfway
  // through another change.
  return db.transaction(async (tx) => {
    const own = await lockOwnSubscription(tx, input.customerId, input.subscriptionId);
    if (!own) return err(stopNowNotFound());
    return quoteStopNow(tx, own, input.now);
  });
}

/**
 * The customer stops one of their subscriptions at once (Min Side), where the merchant allows it:
 * the staff stop's core (stopSubscriptionNow: ended now, the unused part of every invoice of the
 * running term credited, a next term invoiced ahead voided or credited) with the customer's rules
 * checked under its lock, and inside a commitment the early-exit fee invoiced on its own invoice
 * (the normal series; one per subscription), charged on autopay after the commit or e-mailed.
 *
 * `expectedCreditMinor` and `expectedFeeMinor` are what the customer was shown: other amounts now
 * are refused (preview_changed), so what is credited and charged is what they confirmed. A second
 * confirm finds the subscription ended and is refused; the fee's key keeps it from a second invoice.
 */
export async function stopNowByCustomer(input: {
  customerId: string;
  subscriptionId: string;
  expectedCreditMinor: number;
  expectedFeeMinor: number;
  reason: StopReason;
  note: string | null;
  now: Date;
}): Promise<Result<StopNowDone, StopNowError>> {
  let quoted: StopNowQuote | null = null;
  let stoppedOwn: OwnSubscription | null = null;
  const stopped = await stopSubscriptionNow<StopNowError, { invoiceId: string; paymentId: string | null } | null>({
    subscriptionId: input.subscriptionId,
    staffUserId: null,
    now: input.now,
    refuse: (code, message) => (code === 'not_found' ? stopNowNotFound() : { code, message }),
    guard: async (tx) => {
      const own = await lockOwnSubscription(tx, input.customerId, input.subscriptionId);
      if (!own) return err(stopNowNotFound());
      const quote = await quoteStopNow(tx, own, input.now);
      if (!quote.ok) return quote;
      if (quote.value.creditMinor !== input.expectedCreditMinor || quote.value.feeMinor !== input.expectedFeeMinor) return err(stopNowPreviewChanged());
      quoted = quote.value;
      stoppedOwn = own;
      await tx
        .update(subscriptions)
        .set({ stopReason: input.reason, stopReasonNote: input.note, stopRequestedAt: input.now })
        .where(eq(subscriptions.id, own.sub.id));
      // Written with the stop (one fee per subscription, its key), collected only after the credit
      // notes: their credit pays it first.
      return ok(quote.value.fee ? await createProrationInvoice(tx, own, { priced: quote.value.fee, now: input.now, earlyExit: true, collect: false }) : null);
    },
  });
  if (!stopped.ok) return stopped;
  const fee = stopped.value.guarded;
  const quote = quoted as StopNowQuote | null;
  const own = stoppedOwn as OwnSubscription | null;
  let paymentId: string | null = null;
  let creditUse: StopCreditUsePlan | null = null;
  if (own) {
    // NOTE: after the credit notes, which are issued after the stop's commit, so the message names
    // them with their numbers. Keyed by the subscription: it ends only once. If the process stops
    // between the two commits, the fee invoice is open with its due date and dunned like any.
    paymentId = await db.transaction(async (tx) => {
      const used = await useStopCredit(tx, {
        own,
        creditMinor: stopped.value.creditedMinor,
        feeInvoiceId: fee?.invoiceId ?? null,
        now: input.now,
      });
      await queueSubscriptionStoppedNow(tx, {
        subscriptionId: own.sub.id,
        customer: own.customer,
        settings: own.settings,
        timeZone: own.timeZone,
        endedAt: input.now,
        creditNoteIds: stopped.value.creditNoteIds,
        feeInvoiceId: fee?.invoiceId ?? null,
        creditUse: used.use,
      });
      creditUse = used.use;
      return used.paymentId;
    });
  }
  if (paymentId) {
    try {
      await runCharge(paymentId, input.now);
    } catch (error) {
      // Unknown whether the provider took it: the attempt stays pending and the billing sweep
      // asks again with the same key. The stop itself is made.
      if (!(error instanceof ProviderUnavailableError)) throw error;
    }
  }
  return ok({
    creditMinor: stopped.value.creditedMinor + stopped.value.reducedOpenMinor,
    creditNoteIds: stopped.value.creditNoteIds,
    feeInvoice: fee && quote ? { id: fee.invoiceId, totalMinor: quote.feeMinor } : null,
    currency: quote?.currency ?? '',
    creditUse,
  });
}
