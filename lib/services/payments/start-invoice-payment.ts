import { and, desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { invoices, payments, type Payment } from '@/db/schema';
import { amountOwed } from '@/lib/billing/amount-owed';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { err, ok, type Result } from '@/lib/billing/result';
import { checkoutProvider, providerById } from '@/lib/payments/providers';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import type { PaymentMethodChoice } from '@/lib/validations/cart';
import { nextAttempt } from './apply-payment';
import { awaitCheckoutUrl, checkoutAttemptState, resolveInDoubtCheckout } from './checkout-attempt';
import { openProviderCheckout } from './open-provider-checkout';

type Chosen =
  | { kind: 'open'; payment: Payment; invoiceNumber: string | null }
  | { kind: 'wait'; paymentId: string }
  | { kind: 'in-doubt'; paymentId: string };

/**
 * The pay link of an open invoice (the invoice e-mail, a reminder, "payment failed"): a checkout
 * at the provider for what is still owed, asking for a mandate so that the next terms are charged
 * automatically. Only the invoice's own customer may pay it here.
 *
 * NOTE: as at checkout (start-order-payment.ts), the invoice is locked only while the attempt is
 * written; the provider is called after that commit. A second start while the first one's
 * provider call is under way waits for it rather than opening a second checkout.
 */
export async function startInvoicePayment(input: {
  invoiceId: string;
  customerId: string;
  method: PaymentMethodChoice;
  /** Whether the mandate this payment leaves becomes the autopay method (default: yes). */
  saveMethod?: boolean;
  baseUrl: string;
  /** Where the provider sends the payer back (default: the invoice on Min Side). */
  returnPath?: string;
}): Promise<Result<{ redirectUrl: string }, DomainErrorShape>> {
  const settings = await getShopSettings(db);
  if (!settings.enabledPaymentMethods.includes(input.method) || input.method === 'bank_transfer') {
    return err(domainError('method_not_online', 'That payment method cannot be used to pay online here.'));
  }
  for (let round = 0; ; round += 1) {
    const chosen = await chooseAttempt(input);
    if (!chosen.ok) return chosen;
    const next = chosen.value;
    if (next.kind === 'wait') {
      const url = await awaitCheckoutUrl(next.paymentId);
      return url.ok ? ok({ redirectUrl: url.value }) : url;
    }
    if (next.kind === 'in-doubt') {
      await resolveInDoubtCheckout(next.paymentId, new Date());
      if (round > 0) return err(domainError('payment_preparing', 'Your payment is still being prepared. Please try again in a moment.'));
      continue;
    }
    const { payment } = next;
    const url = await openProviderCheckout(providerById(payment.provider), payment, {
      description: `Invoice ${next.invoiceNumber}`,
      method: input.method,
      returnUrl: `${input.baseUrl}${input.returnPath ?? `/account/invoices/${input.invoiceId}/return`}?payment=${payment.id}`,
      baseUrl: input.baseUrl,
      // Only a payer who chose "use for future payments" is asked for a mandate.
      recurring: payment.saveMandate,
      now: new Date(),
    });
    return url.ok ? ok({ redirectUrl: url.value }) : url;
  }
}

/** Transaction 1: under the invoice's lock, waits for an attempt under way or writes a new one. */
async function chooseAttempt(input: {
  invoiceId: string;
  customerId: string;
  method: PaymentMethodChoice;
  saveMethod?: boolean;
}): Promise<Result<Chosen, DomainErrorShape>> {
  return db.transaction(async (tx): Promise<Result<Chosen, DomainErrorShape>> => {
    const [invoice] = await tx
      .select()
      .from(invoices)
      .where(and(eq(invoices.id, input.invoiceId), eq(invoices.customerId, input.customerId)))
      .for('update');
    if (!invoice) return err(domainError('invoice_not_found', 'That invoice does not exist.'));
    if (invoice.status !== 'open')
      return err(domainError('invoice_nothing_to_pay', `Invoice ${invoice.number} is ${invoice.status}: there is nothing to pay.`));
    const owed = amountOwed(invoice);
    if (owed <= 0) return err(domainError('invoice_nothing_to_pay', `Invoice ${invoice.number} has nothing left to pay.`));

    const [latest] = await tx
      .select()
      .from(payments)
      .where(and(eq(payments.invoiceId, invoice.id), eq(payments.source, 'checkout')))
      .orderBy(desc(payments.attempt))
      .limit(1);
    // Wall-clock time: how long ago a real provider call started.
    const wallNow = new Date();
    const state = latest ? checkoutAttemptState(latest, wallNow) : 'none';
    if (state === 'in-flight') return ok({ kind: 'wait', paymentId: latest!.id });
    if (state === 'in-doubt') return ok({ kind: 'in-doubt', paymentId: latest!.id });

    const provider = checkoutProvider();
    const [payment] = await tx
      .insert(payments)
      .values({
        customerId: invoice.customerId,
        invoiceId: invoice.id,
        attempt: await nextAttempt(tx, invoice.id),
        provider: provider.id,
        method: input.method,
        amountMinor: owed,
        currency: invoice.currency,
        source: 'checkout',
        providerRequestedAt: wallNow,
        saveMandate: input.saveMethod ?? true,
      })
      .returning();
    return ok({
      kind: 'open',
      payment: payment!,
      invoiceNumber: invoice.number,
    });
  });
}
