import { desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { payments, type Payment } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { maskIban } from '@/lib/payments/mask-iban';
import type { PaymentProvider } from '@/lib/payments/types';
import { checkoutAttemptState } from '@/lib/services/payments/checkout-attempt';
import { lockCustomerOrder } from './lock-customer-order';
import type { SettleResult } from './settle-payment';

export type SepaDebitStarted = { status: SettleResult['status']; orderId: string; paymentId: string };

/**
 * What the order's lock decided: a new attempt to take to the provider, what an earlier one
 * already decided, or an earlier attempt whose provider call never answered (look it up first).
 */
export type SepaAttempt = { payment: Payment } | { settled: SepaDebitStarted } | { inDoubt: string };

/**
 * Step 1 of a SEPA debit at checkout: under the order's lock, our intent is written and committed
 * before any provider call. Its id is the provider's idempotency key and the reference the
 * provider keeps with the debit, so an intent whose answer never got stored (a timeout, a crash)
 * is found at the provider by it (resolveInDoubtCheckout, the stale-payments sweep) and either
 * attached to the debit or failed: never debited twice, never debited without our record.
 * An order with nothing to pay today (a free trial) gets an intent of 0: only the mandate is made.
 */
export async function writeSepaDebitAttempt(
  input: { orderId: string; customerId: string; iban: string },
  provider: PaymentProvider,
): Promise<Result<SepaAttempt, DomainErrorShape>> {
  return db.transaction(async (tx): Promise<Result<SepaAttempt, DomainErrorShape>> => {
    const locked = await lockCustomerOrder(tx, input);
    if (!locked.ok) return locked;
    const order = locked.value;
    const [latest] = await tx.select().from(payments).where(eq(payments.orderId, order.id)).orderBy(desc(payments.attempt)).limit(1);
    if (order.status === 'paid') return ok({ settled: { status: 'paid', orderId: order.id, paymentId: latest?.id ?? '' } });
    if (order.status === 'canceled') return err(domainError('order_canceled', 'This order was canceled. Start a new order from the shop.'));
    if (order.paymentMethod !== 'sepa_debit') return err(domainError('order_not_sepa', 'This order is not paid by direct debit.'));
    // A debit asked for already (a double submit, the back button): never a second one.
    if (latest?.status === 'pending' && latest.providerRequestedAt) {
      if (latest.providerPaymentId) return ok({ settled: { status: 'pending', orderId: order.id, paymentId: latest.id } });
      // Wall-clock time: how long ago a real provider call started.
      if (checkoutAttemptState(latest, new Date()) === 'in-doubt') return ok({ inDoubt: latest.id });
      return err(domainError('sepa_being_set_up', 'Your direct debit is being set up. Please wait a moment and reload the page.'));
    }
    const [payment] = await tx
      .insert(payments)
      .values({
        customerId: order.customerId,
        orderId: order.id,
        attempt: (latest?.attempt ?? 0) + 1,
        provider: provider.id,
        method: 'sepa_debit',
        amountMinor: order.totalMinor,
        currency: order.currency,
        accountMasked: maskIban(input.iban),
        providerRequestedAt: new Date(),
      })
      .returning();
    return ok({ payment: payment! });
  });
}
