import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, type ShopSettings } from '@/db/schema';
import { invoiceOrderAccess, type InvoiceAccess } from '@/lib/billing/invoice-order-access';
import type { Result } from '@/lib/billing/result';
import type { Cart } from '@/lib/validations/cart';
import { runCreditCheck } from './credit-check';
import { priceCart, type PriceCartError } from './price-cart';

export type InvoiceAccessSettings = Pick<ShopSettings, 'invoiceAccess' | 'creditCheckUrl' | 'creditCheckTimeoutMs' | 'creditCheckFallback'>;

/**
 * Before a pay-by-invoice order is written: when its subscriptions start (the shop's setting,
 * narrowed by the credit check when one is configured), or `refused`. Runs outside every
 * transaction, as the check is a network call that may take up to its timeout.
 */
export async function decideInvoiceAccess(input: {
  customerId: string;
  cart: Cart;
  now: Date;
  settings: InvoiceAccessSettings;
}): Promise<Result<Result<InvoiceAccess, 'refused'>, PriceCartError>> {
  const { settings } = input;
  if (!settings.creditCheckUrl) return { ok: true, value: invoiceOrderAccess(settings.invoiceAccess, null) };
  const [customer] = await db.select().from(customers).where(eq(customers.id, input.customerId));
  // The amounts are the same with or without the buyer's VAT decided (only the VAT inside differs).
  const priced = await priceCart(db, input.cart, input.now);
  if (!priced.ok) return priced;
  const invoice = priced.value.priced;
  const outcome = await runCreditCheck(settings, {
    order: {
      currency: invoice.currency,
      totalMinor: invoice.totalMinor,
      lines: invoice.lines.map((line) => ({ description: line.description, quantity: line.quantity, amountMinor: line.amountMinor })),
    },
    customer: {
      id: customer!.id,
      email: customer!.email,
      name: customer!.name,
      customerType: customer!.customerType,
      companyName: customer!.companyName,
      organisationNumber: customer!.organisationNumber,
      vatId: customer!.vatId,
      addressLine1: customer!.addressLine1,
      postalCode: customer!.postalCode,
      city: customer!.city,
      country: customer!.country,
    },
  });
  return { ok: true, value: invoiceOrderAccess(settings.invoiceAccess, outcome?.decision ?? null) };
}
