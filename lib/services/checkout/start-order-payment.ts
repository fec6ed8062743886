import { desc, eq } from 'drizzle-orm';
import { builtOnceQuery, valueFor } from '@/db/built-once';
import { db, type DbOrTx } from '@/db/client';
import { payments, type Payment } from '@/db/schema';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { err, ok, type Result } from '@/lib/billing/result';
import { checkoutProvider, providerById } from '@/lib/payments/providers';
import { awaitCheckoutUrl, checkoutAttemptState, resolveInDoubtCheckout } from '@/lib/services/payments/checkout-attempt';
import { openProviderCheckout } from '@/lib/services/payments/open-provider-checkout';
import { lockCustomerOrder } from './lock-customer-order';
import { settlePayment } from './settle-payment';

export type PaymentStart = { kind: 'redirect'; url: string } | { kind: 'done'; orderId: string };

/** What the locked transaction decided; the provider is called only after it committed. */
type Chosen =
  | PaymentStart
  | { kind: 'free'; paymentId: string }
  | { kind: 'open'; payment: Payment; orderId: string }
  | { kind: 'wait'; paymentId: string }
  | { kind: 'in-doubt'; paymentId: string };

/** Built once (db/built-once.ts): each checkout asks it twice, hundreds of times in the demo history. */
const latestAttemptStatement = builtOnceQuery<Payment>(() =>
  db
    .select()
    .from(payments)
    .where(eq(payments.orderId, valueFor(payments.orderId, 'orderId')))
    .orderBy(desc(payments.attempt))
    .limit(1),
);

async function latestAttempt(tx: DbOrTx, orderId: string) {
  const [latest] = await latestAttemptStatement(tx, { orderId });
  return latest;
}

/**
 * Sends the payer to the provider for an unpaid order. An attempt that is still open is reused
 * (double click, back button); after a failed one a new attempt gets the next number.
 *
 * NOTE: three steps, and no lock is held while the provider is called. (1) The order row is
 * locked while an attempt is chosen or written, with its providerRequestedAt, and committed: two
 * clicks at once queue there, and the second finds the first one's attempt. (2) The provider
 * opens the checkout, keyed by the attempt's id. (3) Its id and page are stored
 * (openProviderCheckout). A second click during (2) waits for (3) instead of calling the provider
 * again; an attempt whose process died during (2) is looked up at the provider.
 */
export async function startOrderPayment(input: {
  orderId: string;
  customerId: string;
  baseUrl: string;
  now: Date;
}): Promise<Result<PaymentStart, DomainErrorShape>> {
  // First apply anything the provider already decided (settlePayment takes the lock itself).
  const decided = await latestAttempt(db, input.orderId);
  if (decided?.status === 'pending' && decided.providerPaymentId) {
    const state = await providerById(decided.provider).getPayment(decided.providerPaymentId);
    if (state && state.status !== 'open') await settlePayment({ paymentId: decided.id, now: input.now });
  }

  for (let round = 0; ; round += 1) {
    const chosen = await chooseAttempt(input);
    if (!chosen.ok) return chosen;
    const next = chosen.value;
    switch (next.kind) {
      case 'redirect':
      case 'done':
        return ok(next);
      case 'free':
        await settlePayment({ paymentId: next.paymentId, now: input.now });
        return ok({ kind: 'done', orderId: input.orderId });
      case 'wait': {
        const url = await awaitCheckoutUrl(next.paymentId);
        return url.ok ? ok({ kind: 'redirect', url: url.value }) : url;
      }
      case 'in-doubt':
        // Resolved (stored, or failed), the next round finds its page or starts a new attempt.
        await resolveInDoubtCheckout(next.paymentId, input.now);
        if (round > 0) return err(domainError('payment_preparing', 'Your payment is still being prepared. Please try again in a moment.'));
        continue;
      case 'open': {
        const url = await openProviderCheckout(providerById(next.payment.provider), next.payment, {
          description: `Order ${next.orderId.slice(0, 8)}`,
          method: next.payment.method,
          returnUrl: `${input.baseUrl}/checkout/return?payment=${next.payment.id}`,
          baseUrl: input.baseUrl,
          // Every order starts a subscription: ask for a mandate so renewals can be charged.
          recurring: true,
          now: input.now,
        });
        return url.ok ? ok({ kind: 'redirect', url: url.value }) : url;
      }
    }
  }
}

/** Transaction 1: under the order's lock, picks the attempt to use or writes a new one. */
async function chooseAttempt(input: { orderId: string; customerId: string }): Promise<Result<Chosen, DomainErrorShape>> {
  return db.transaction(async (tx): Promise<Result<Chosen, DomainErrorShape>> => {
    const locked = await lockCustomerOrder(tx, input);
    if (!locked.ok) return locked;
    const order = locked.value;
    if (order.status === 'paid') return ok({ kind: 'done', orderId: order.id });
    if (order.status === 'canceled') return err(domainError('order_canceled', 'This order was canceled. Start a new order from the shop.'));
    // Paid by invoice: no provider is involved; the thank-you page says where to transfer the money.
    if (order.paymentMethod === 'bank_transfer') return ok({ kind: 'done', orderId: order.id });
    // SEPA direct debit where the provider takes a mandate from an IBAN: the customer enters the
    // account and confirms the mandate on our page (startSepaDebitOrder; a free trial leaves only
    // the mandate); elsewhere (Stripe) on the provider's hosted checkout, as for any method.
    if (order.paymentMethod === 'sepa_debit' && checkoutProvider().createDebitMandate) {
      return ok({ kind: 'redirect', url: `/checkout/sepa/${order.id}` });
    }

    const latest = await latestAttempt(tx, order.id);
    // Wall-clock time: how long ago a real provider call started.
    const wallNow = new Date();
    const state = latest ? checkoutAttemptState(latest, wallNow) : 'none';
    if (state === 'open') return ok({ kind: 'redirect', url: latest!.checkoutUrl! });
    if (state === 'in-flight') return ok({ kind: 'wait', paymentId: latest!.id });
    if (state === 'in-doubt') return ok({ kind: 'in-doubt', paymentId: latest!.id });

    const free = order.totalMinor === 0;
    const provider = free ? null : checkoutProvider();
    const [payment] = await tx
      .insert(payments)
      .values({
        customerId: order.customerId,
        orderId: order.id,
        attempt: (latest?.attempt ?? 0) + 1,
        // NOTE: nothing to collect (a free trial without setup fee): settled without a provider.
        provider: provider?.id ?? 'none',
        method: order.paymentMethod,
        amountMinor: order.totalMinor,
        currency: order.currency,
        providerRequestedAt: provider ? wallNow : null,
      })
      .returning();
    if (free) return ok({ kind: 'free', paymentId: payment!.id });
    return ok({ kind: 'open', payment: payment!, orderId: order.id });
  });
}
