import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { payments, type Payment } from '@/db/schema';
import type { CheckoutRequest, PaymentProvider } from '@/lib/payments/types';

/**
 * Opens the provider's hosted checkout for a payment row just written, for exactly its amount and
 * currency, and keeps the provider's id and page on the row. Returns where to send the payer.
 *
 * NOTE: the row's id is the reference the provider reports back, and the webhook URL is built
 * from the configured base URL, never from the request.
 */
export async function openProviderCheckout(
  tx: Tx,
  provider: PaymentProvider,
  payment: Pick<Payment, 'id' | 'amountMinor' | 'currency'>,
  request: Pick<CheckoutRequest, 'description' | 'method' | 'returnUrl' | 'recurring'> & { baseUrl: string },
): Promise<string> {
  const { baseUrl, ...rest } = request;
  const checkout = await provider.createCheckout({
    ...rest,
    reference: payment.id,
    amountMinor: payment.amountMinor,
    currency: payment.currency,
    webhookUrl: `${baseUrl}/api/webhooks/${provider.id}`,
  });
  await tx
    .update(payments)
    .set({ providerPaymentId: checkout.providerPaymentId, checkoutUrl: checkout.redirectUrl })
    .where(eq(payments.id, payment.id));
  return checkout.redirectUrl;
}
