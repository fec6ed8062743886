import { and, desc, eq } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import { orders, payments } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { checkoutProvider, providerById } from '@/lib/payments/providers';
import { openProviderCheckout } from '@/lib/services/payments/open-provider-checkout';
import { settlePayment } from './settle-payment';

export type PaymentStart = { kind: 'redirect'; url: string } | { kind: 'done'; orderId: string };

async function latestAttempt(tx: DbOrTx, orderId: string) {
  const [latest] = await tx
    .select()
    .from(payments)
    .where(eq(payments.orderId, orderId))
    .orderBy(desc(payments.attempt))
    .limit(1);
  return latest;
}

/**
 * Sends the payer to the provider for an unpaid order. An attempt that is still open is reused
 * (double click, back button); after a failed one a new attempt gets the next number.
 *
 * NOTE: the order row is locked while an attempt is chosen or created, so two clicks at once
 * queue and the second one reuses the first one's attempt.
 */
export async function startOrderPayment(input: {
  orderId: string;
  customerId: string;
  baseUrl: string;
  now: Date;
}): Promise<Result<PaymentStart>> {
  // First apply anything the provider already decided (settlePayment takes the lock itself).
  const decided = await latestAttempt(db, input.orderId);
  if (decided?.status === 'pending' && decided.providerPaymentId) {
    const state = await providerById(decided.provider).getPayment(decided.providerPaymentId);
    if (state && state.status !== 'open') await settlePayment({ paymentId: decided.id, now: input.now });
  }

  const started = await db.transaction(async (tx): Promise<Result<PaymentStart | { kind: 'free'; paymentId: string }>> => {
    const [order] = await tx
      .select()
      .from(orders)
      .where(and(eq(orders.id, input.orderId), eq(orders.customerId, input.customerId)))
      .for('update')
      .limit(1);
    if (!order) return err('We could not find that order on your account.');
    if (order.status === 'paid') return ok({ kind: 'done', orderId: order.id });
    if (order.status === 'canceled') return err('This order was canceled. Start a new order from the shop.');

    const latest = await latestAttempt(tx, order.id);
    if (latest?.status === 'pending' && latest.checkoutUrl) return ok({ kind: 'redirect', url: latest.checkoutUrl });

    const provider = checkoutProvider();
    const free = order.totalMinor === 0;
    const [payment] = await tx
      .insert(payments)
      .values({
        customerId: order.customerId,
        orderId: order.id,
        attempt: (latest?.attempt ?? 0) + 1,
        // NOTE: nothing to collect (a free trial without setup fee): settled without a provider.
        provider: free ? 'none' : provider.id,
        method: order.paymentMethod,
        amountMinor: order.totalMinor,
        currency: order.currency,
      })
      .returning();
    if (free) return ok({ kind: 'free', paymentId: payment!.id });

    const url = await openProviderCheckout(tx, provider, payment!, {
      description: `Order ${order.id.slice(0, 8)}`,
      method: order.paymentMethod,
      returnUrl: `${input.baseUrl}/checkout/return?payment=${payment!.id}`,
      baseUrl: input.baseUrl,
      // Every order starts a subscription: ask for a mandate so renewals can be charged.
      recurring: true,
    });
    return ok({ kind: 'redirect', url });
  });

  if (started.ok && started.value.kind === 'free') {
    await settlePayment({ paymentId: started.value.paymentId, now: input.now });
    return ok({ kind: 'done', orderId: input.orderId });
  }
  return started as Result<PaymentStart>;
}
