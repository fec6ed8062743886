import { and, desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { paymentMethods, payments, type Payment } from '@/db/schema';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { err, ok, type Result } from '@/lib/billing/result';
import { maskIban } from '@/lib/payments/mask-iban';
import { checkoutProvider } from '@/lib/payments/providers';
import { ProviderUnavailableError, type PaymentProvider, type ProviderPayment } from '@/lib/payments/types';
import { methodLabel } from '@/lib/services/payment-methods/method-label';
import { failCheckoutAttempt, storeProviderCheckout } from '@/lib/services/payments/open-provider-checkout';
import { lockCustomerOrder } from './lock-customer-order';
import { settlePayment, type SettleResult } from './settle-payment';

export type SepaDebitStarted = {
  status: SettleResult['status'];
  orderId: string;
  paymentId: string;
};

/** The mandate reference the payer's bank shows: ours, at most 35 characters as SEPA allows. */
export const sepaMandateReference = (paymentId: string) => `K${paymentId.replace(/-/g, '').toUpperCase()}`;

/**
 * Pays an order by SEPA direct debit from the account holder and IBAN the customer entered and
 * the mandate they confirmed on our page: the provider records the mandate, the order's amount is
 * debited on it, and the outcome is settled as any checkout's (paid: the order is fulfilled and
 * the mandate kept for renewals; pending: the bank has not settled yet, the webhook or the sweep
 * finish it).
 *
 * NOTE: as in startOrderPayment, the provider is called with no lock held: (1) under the order's
 * lock the attempt is written and committed; (2) the mandate and (3) the debit are made at the
 * provider, keyed by the attempt's id so a retry never debits twice; (4) the outcome is stored
 * and settled, each step taking its own short lock.
 */
export async function startSepaDebitOrder(input: {
  orderId: string;
  customerId: string;
  accountHolder: string;
  /** Checked already (parseSepaIban): compact, upper case. */
  iban: string;
  baseUrl: string;
  now: Date;
}): Promise<Result<SepaDebitStarted, DomainErrorShape>> {
  const provider = checkoutProvider();
  const { createDebitMandate } = provider;
  if (!createDebitMandate)
    return err(domainError('sepa_on_provider_page', 'SEPA direct debit is taken on the payment provider’s own page here. Please go back and press Pay again.'));
  const chosen = await writeAttempt(input, provider);
  if (!chosen.ok) return chosen;
  if ('settled' in chosen.value) return ok(chosen.value.settled);
  const payment = chosen.value.payment;

  let mandate;
  try {
    mandate = await createDebitMandate.call(provider, {
      reference: payment.id,
      accountHolder: input.accountHolder,
      iban: input.iban,
      signedAt: input.now,
      mandateReference: sepaMandateReference(payment.id),
    });
  } catch (error) {
    // No debit was asked for: the attempt ends here and the customer can try again.
    const timedOut = error instanceof ProviderUnavailableError;
    await failCheckoutAttempt(payment.id, timedOut ? 'The payment provider did not answer in time' : 'The payment provider refused the mandate', input.now);
    return err(
      timedOut
        ? domainError('provider_timeout', 'The payment provider did not answer in time. Nothing was debited: please try again.')
        : domainError(
            'sepa_refused',
            'The payment provider did not accept this account for a direct debit. Check the IBAN and the account holder, or choose another payment method.',
          ),
    );
  }

  const charge = {
    idempotencyKey: payment.id,
    mandateRef: mandate.mandateRef,
    providerCustomerId: mandate.providerCustomerId,
  };
  let debit: ProviderPayment | null;
  try {
    debit = await provider.chargeMandate({
      ...charge,
      amountMinor: payment.amountMinor,
      currency: payment.currency,
      description: `Order ${input.orderId.slice(0, 8)}`,
      webhookUrl: `${input.baseUrl}/api/webhooks/${provider.id}`,
    });
  } catch (error) {
    if (!(error instanceof ProviderUnavailableError)) throw error;
    // The provider may have taken the debit before the answer was lost: asked once by its key.
    debit = await provider.findPayment({ kind: 'charge', ...charge, since: payment.createdAt }).catch(() => null);
    if (!debit) {
      await failCheckoutAttempt(payment.id, 'The payment provider did not answer in time', input.now);
      return err(domainError('provider_timeout', 'The payment provider did not answer in time. Nothing was debited: please try again.'));
    }
  }
  await storeProviderCheckout(payment.id, {
    providerPaymentId: debit.providerPaymentId,
    checkoutUrl: null,
  });
  const settled = await settlePayment({
    paymentId: payment.id,
    now: input.now,
  });
  // The saved method shows which account autopay debits (the provider keeps the full IBAN).
  const ibanMasked = maskIban(input.iban);
  const last4 = input.iban.slice(-4);
  await db
    .update(paymentMethods)
    .set({
      ibanMasked,
      last4,
      label: methodLabel({
        type: 'sepa_debit',
        brand: null,
        last4,
        expiryMonth: null,
        expiryYear: null,
        ibanMasked,
      }),
    })
    .where(and(eq(paymentMethods.customerId, input.customerId), eq(paymentMethods.mandateRef, mandate.mandateRef)));
  return ok({
    status: settled.status,
    orderId: input.orderId,
    paymentId: payment.id,
  });
}

type Attempt = { payment: Payment } | { settled: SepaDebitStarted };

/** Step 1: under the order's lock, a new attempt; or what an earlier one already decided. */
async function writeAttempt(input: { orderId: string; customerId: string }, provider: PaymentProvider): Promise<Result<Attempt, DomainErrorShape>> {
  return db.transaction(async (tx): Promise<Result<Attempt, DomainErrorShape>> => {
    const locked = await lockCustomerOrder(tx, input);
    if (!locked.ok) return locked;
    const order = locked.value;
    const [latest] = await tx.select().from(payments).where(eq(payments.orderId, order.id)).orderBy(desc(payments.attempt)).limit(1);
    if (order.status === 'paid')
      return ok({
        settled: {
          status: 'paid',
          orderId: order.id,
          paymentId: latest?.id ?? '',
        },
      });
    if (order.status === 'canceled') return err(domainError('order_canceled', 'This order was canceled. Start a new order from the shop.'));
    if (order.paymentMethod !== 'sepa_debit' || order.totalMinor === 0) return err(domainError('order_not_sepa', 'This order is not paid by direct debit.'));
    // A debit asked for already (a double submit, the back button): never a second one.
    if (latest?.status === 'pending' && latest.providerRequestedAt) {
      if (latest.providerPaymentId)
        return ok({
          settled: {
            status: 'pending',
            orderId: order.id,
            paymentId: latest.id,
          },
        });
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
        providerRequestedAt: new Date(),
      })
      .returning();
    return ok({ payment: payment! });
  });
}
