import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { payments, type Payment } from '@/db/schema';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { err, ok, type Result } from '@/lib/billing/result';
import { providerById } from '@/lib/payments/providers';
import { queueSepaDebitNotice } from '@/lib/services/email/queue-sepa-debit-notice';
import { failSepaIntent } from './fail-sepa-intent';
import { failCheckoutAttempt, storeProviderCheckout } from './open-provider-checkout';
import { applyEarlyProviderEvent, syncProviderPayment } from './sync-provider-payment';

/**
 * How long a checkout call may still be under way: longer than any provider client's own deadline
 * with its retries (Mollie 30 s, Stripe 80 s per try). Younger attempts without an answer are
 * waited for; older ones are in doubt (their process died) and are looked up at the provider.
 */
export const CHECKOUT_CALL_MAX_MS = 5 * 60_000;
/** How long a second click waits for the first one's checkout before asking the payer to retry. */
const WAIT_FOR_CHECKOUT_MS = 15_000;
const POLL_MS = 100;

/**
 * What a pending checkout attempt is waiting for:
 * - `open`: the payer can go to its page;
 * - `in-flight`: its provider call is under way (another request, or a moment ago);
 * - `in-doubt`: asked long ago and never answered: look it up at the provider;
 * - `none`: no provider checkout (settled, or a free order's attempt).
 * Ages are wall-clock time: they measure a real call, whatever clock the caller bills on.
 */
export function checkoutAttemptState(payment: Payment, wallNow: Date): 'open' | 'in-flight' | 'in-doubt' | 'none' {
  if (payment.status !== 'pending') return 'none';
  if (payment.checkoutUrl) return 'open';
  if (!payment.providerRequestedAt || payment.providerPaymentId) return 'none';
  return wallNow.getTime() - payment.providerRequestedAt.getTime() < CHECKOUT_CALL_MAX_MS ? 'in-flight' : 'in-doubt';
}

/**
 * Waits (reading the row, holding nothing) for a checkout another request is opening: a double
 * click, two tabs. Never a second provider call for the same attempt.
 */
export async function awaitCheckoutUrl(paymentId: string): Promise<Result<string, DomainErrorShape>> {
  const until = Date.now() + WAIT_FOR_CHECKOUT_MS;
  for (;;) {
    const [row] = await db
      .select({ status: payments.status, checkoutUrl: payments.checkoutUrl })
      .from(payments)
      .where(eq(payments.id, paymentId));
    if (row?.checkoutUrl && row.status === 'pending') return ok(row.checkoutUrl);
    if (!row || row.status !== 'pending') return err(domainError('payment_not_started', 'The payment could not be started. Please try again.'));
    if (Date.now() >= until) return err(domainError('payment_preparing', 'Your payment is still being prepared. Please try again in a moment.'));
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * An attempt whose provider call never reported back (the process died between writing the row
 * and storing the answer): asks the provider for the checkout by its reference. Found, it is
 * stored and whatever the provider says about it is applied as a webhook would; not found, the
 * attempt failed and nothing can be charged on it.
 */
export async function resolveInDoubtCheckout(paymentId: string, now: Date): Promise<void> {
  const [payment] = await db.select().from(payments).where(eq(payments.id, paymentId));
  if (!payment || payment.status !== 'pending' || payment.providerPaymentId || !payment.providerRequestedAt) return;
  const provider = providerById(payment.provider);
  // NOTE: a SEPA debit from the IBAN given on our page has no checkout: it is a debit made with our
  // id as its reference on a mandate we may never have stored, found by that id alone.
  const ownPageDebit = payment.method === 'sepa_debit' && Boolean(provider.createDebitMandate);
  const since = payment.providerRequestedAt;
  const found = await provider.findPayment(ownPageDebit ? { kind: 'debit', reference: payment.id, since } : { kind: 'checkout', reference: payment.id, since });
  if (!found) {
    // The mandate its call may have made goes with it (revoked), before a new attempt makes another.
    if (ownPageDebit) await failSepaIntent(payment.id, { reason: 'The payment provider never took this direct debit', now });
    else await failCheckoutAttempt(payment.id, 'The payment provider never opened this checkout', now);
    return;
  }
  await storeProviderCheckout(payment.id, { providerPaymentId: found.providerPaymentId, checkoutUrl: found.checkoutUrl });
  // The debit the customer was never told of, since its process died: its pre-notification now.
  if (ownPageDebit && found.status !== 'failed' && found.status !== 'canceled') await queueSepaDebitNotice(db, { paymentId: payment.id, kind: 'announced', at: now });
  const key = { provider: provider.id, providerPaymentId: found.providerPaymentId, now };
  if (found.status === 'open') await applyEarlyProviderEvent(key);
  else await syncProviderPayment(key);
}
