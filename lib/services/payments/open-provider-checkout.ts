import { and, eq, isNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, payments, type Payment } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { redactError } from '@/lib/errors/redact-error';
import { ProviderUnavailableError, type CheckoutRequest, type PaymentProvider } from '@/lib/payments/types';
import { applyEarlyProviderEvent } from './sync-provider-payment';

/**
 * Opens the provider's hosted checkout for a payment row already committed (with its
 * providerRequestedAt), for exactly its amount and currency, and keeps the provider's id and page
 * on the row. Returns where to send the payer.
 *
 * NOTE: runs outside any transaction and holds no lock: a slow provider keeps one request
 * waiting, not a database connection. The row's id is the reference (and idempotency key) the
 * provider knows it by, so a row left without the provider's answer (the process died) is found
 * again by the sweep (sweep-stale-payments.ts). The webhook URL is built from the configured base
 * URL, never from the request.
 */
export async function openProviderCheckout(
  provider: PaymentProvider,
  payment: Pick<Payment, 'id' | 'amountMinor' | 'currency' | 'customerId'>,
  request: Pick<CheckoutRequest, 'description' | 'method' | 'returnUrl' | 'recurring'> & { baseUrl: string; now: Date },
): Promise<Result<string, DomainErrorShape>> {
  const { baseUrl, now, ...rest } = request;
  let checkout: { providerPaymentId: string; redirectUrl: string };
  const [payer] = await db.select({ country: customers.country }).from(customers).where(eq(customers.id, payment.customerId));
  try {
    checkout = await provider.createCheckout({
      ...rest,
      billingCountry: payer?.country ?? null,
      reference: payment.id,
      amountMinor: payment.amountMinor,
      currency: payment.currency,
      webhookUrl: `${baseUrl}/api/webhooks/${provider.id}`,
    });
  } catch (error) {
    // NOTE: a checkout the provider may have made anyway is harmless: only the payer can pay it,
    // through a page whose address never reached them. So the attempt ends here, and the next
    // click starts a new one instead of waiting for the sweep.
    console.error(`[payments] checkout ${payment.id} at ${provider.id} failed:`, redactError(error));
    const timedOut = error instanceof ProviderUnavailableError;
    await failCheckoutAttempt(payment.id, timedOut ? 'The payment provider did not answer in time' : 'The payment provider refused the checkout', now);
    return err(
      timedOut
        ? domainError('provider_timeout_charge', 'The payment provider did not answer in time. Nothing was charged: please try again.')
        : domainError('provider_refused_checkout', 'The payment provider could not start this payment. Please try again or choose another payment method.'),
    );
  }
  await storeProviderCheckout(payment.id, {
    providerPaymentId: checkout.providerPaymentId,
    checkoutUrl: checkout.redirectUrl,
  });
  await applyEarlyProviderEvent({
    provider: provider.id,
    providerPaymentId: checkout.providerPaymentId,
    now,
  });
  return ok(checkout.redirectUrl);
}

/** Keeps the provider's id and page on an attempt still waiting for them (the second transaction). */
export async function storeProviderCheckout(paymentId: string, found: { providerPaymentId: string; checkoutUrl: string | null }) {
  await db
    .update(payments)
    .set({
      providerPaymentId: found.providerPaymentId,
      checkoutUrl: found.checkoutUrl,
    })
    .where(and(eq(payments.id, paymentId), eq(payments.status, 'pending'), isNull(payments.providerPaymentId)));
}

/** Ends an attempt the provider never opened a checkout for. */
export async function failCheckoutAttempt(paymentId: string, reason: string, now: Date) {
  await db
    .update(payments)
    .set({
      status: 'failed',
      failureReason: reason,
      failureKind: 'temporary',
      settledAt: now,
    })
    .where(and(eq(payments.id, paymentId), eq(payments.status, 'pending'), isNull(payments.providerPaymentId)));
}
