import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { invoices, paymentMethods, paymentMethodSetups } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import type { DomainErrorShape } from '@/lib/errors/domain-error';
import { checkoutProvider } from '@/lib/payments/providers';
import { ProviderUnavailableError } from '@/lib/payments/types';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import type { PaymentMethodChoice } from '@/lib/validations/cart';
import { methodErrors } from './method-errors';
import { savableMethods } from '@/lib/billing/savable-methods';

/** Where the provider sends the customer back after saving (or not saving) a method. */
export const setupReturnPath = (setupId: string) => `/account/payment-methods/return?setup=${setupId}`;

/**
 * "Add a payment method" on Min Side: a setup row, then the provider's hosted setup flow (no
 * payment, or a minimal first payment where the provider needs one). `invoiceId`: the open
 * invoice whose charge failed, offered for payment with the new method on the way back.
 *
 * NOTE: the provider is called outside any transaction (the row is committed first, so the
 * return route always finds it); a provider that refuses or cannot be reached leaves the setup
 * `failed` (unreachable: the customer is asked to try again).
 */
export async function startMethodSetup(input: {
  customerId: string;
  method: PaymentMethodChoice;
  invoiceId?: string | null;
  baseUrl: string;
}): Promise<Result<{ setupId: string; redirectUrl: string }, DomainErrorShape>> {
  const settings = await getShopSettings(db);
  if (!(savableMethods(settings.enabledPaymentMethods) as string[]).includes(input.method)) return err(methodErrors.methodNotOffered());
  let currency = settings.defaultCurrency;
  if (input.invoiceId) {
    const [invoice] = await db
      .select({ currency: invoices.currency })
      .from(invoices)
      .where(and(eq(invoices.id, input.invoiceId), eq(invoices.customerId, input.customerId)));
    if (!invoice) return err(methodErrors.invoiceNotFound());
    currency = invoice.currency;
  }
  const provider = checkoutProvider();
  // The provider's own customer, when a method there already has one: one customer per payer.
  const [known] = await db
    .select({ providerCustomerId: paymentMethods.providerCustomerId })
    .from(paymentMethods)
    .where(and(eq(paymentMethods.customerId, input.customerId), eq(paymentMethods.provider, provider.id), isNotNull(paymentMethods.providerCustomerId)))
    .orderBy(desc(paymentMethods.createdAt))
    .limit(1);
  const [setup] = await db
    .insert(paymentMethodSetups)
    .values({ customerId: input.customerId, provider: provider.id, method: input.method, invoiceId: input.invoiceId ?? null })
    .returning();
  try {
    const started = await provider.createSetup({
      reference: setup!.id,
      currency,
      description: `${settings.name}: payment method for future payments`,
      method: input.method,
      returnUrl: `${input.baseUrl}${setupReturnPath(setup!.id)}`,
      webhookUrl: `${input.baseUrl}/api/webhooks/${provider.id}`,
      providerCustomerId: known?.providerCustomerId ?? null,
    });
    await db.update(paymentMethodSetups).set({ providerSetupId: started.providerSetupId }).where(eq(paymentMethodSetups.id, setup!.id));
    return ok({ setupId: setup!.id, redirectUrl: started.redirectUrl });
  } catch (error) {
    await db.update(paymentMethodSetups).set({ status: 'failed', completedAt: new Date() }).where(eq(paymentMethodSetups.id, setup!.id));
    if (error instanceof ProviderUnavailableError) return err(methodErrors.providerUnavailable());
    throw error;
  }
}
