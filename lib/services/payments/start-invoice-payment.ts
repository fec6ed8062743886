import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { invoices, payments } from '@/db/schema';
import { amountOwed } from '@/lib/billing/amount-owed';
import { err, ok, type Result } from '@/lib/billing/result';
import { checkoutProvider } from '@/lib/payments/providers';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import type { PaymentMethodChoice } from '@/lib/validations/cart';
import { nextAttempt } from './apply-payment';
import { openProviderCheckout } from './open-provider-checkout';

/**
 * The pay link of an open invoice (the invoice e-mail, a reminder, "payment failed"): a checkout
 * at the provider for what is still owed, asking for a mandate so that the next terms are charged
 * automatically. Only the invoice's own customer may pay it here.
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
}): Promise<Result<{ redirectUrl: string }>> {
  const settings = await getShopSettings(db);
  if (!settings.enabledPaymentMethods.includes(input.method) || input.method === 'bank_transfer') {
    return err('That payment method cannot be used to pay online here.');
  }
  return db.transaction(async (tx) => {
    const [invoice] = await tx
      .select()
      .from(invoices)
      .where(and(eq(invoices.id, input.invoiceId), eq(invoices.customerId, input.customerId)))
      .for('update');
    if (!invoice) return err('That invoice does not exist.');
    if (invoice.status !== 'open') return err(`Invoice ${invoice.number} is ${invoice.status}: there is nothing to pay.`);
    const owed = amountOwed(invoice);
    if (owed <= 0) return err(`Invoice ${invoice.number} has nothing left to pay.`);
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
        saveMandate: input.saveMethod ?? true,
      })
      .returning();
    const redirectUrl = await openProviderCheckout(tx, provider, payment!, {
      description: `Invoice ${invoice.number}`,
      method: input.method,
      returnUrl: `${input.baseUrl}${input.returnPath ?? `/account/invoices/${invoice.id}/return`}?payment=${payment!.id}`,
      baseUrl: input.baseUrl,
      recurring: input.saveMethod ?? true,
    });
    return ok({ redirectUrl });
  });
}
