import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { paymentMethods } from '@/db/schema';
import { methodRemoval } from '@/lib/billing/method-removal';
import { err, ok, type Result } from '@/lib/billing/result';
import type { DomainErrorShape } from '@/lib/errors/domain-error';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { lockCustomerMethods } from './lock-customer-methods';
import { methodErrors } from './method-errors';
import { allowsPayByInvoice } from '@/lib/billing/savable-methods';

/**
 * Removes one of the customer's methods. The last one cannot go while autopay is on, unless the
 * customer switches to paying by invoice and the shop takes bank transfers; removing the method
 * autopay uses while others remain hands autopay to the newest of them.
 */
export async function removePaymentMethod(input: {
  customerId: string;
  methodId: string;
  /** The customer chose to pay by invoice from now on (only asked when this is the last method). */
  switchToInvoice?: boolean;
}): Promise<Result<{ autopay: 'on' | 'off' }, DomainErrorShape>> {
  const settings = await getShopSettings(db);
  return db.transaction(async (tx) => {
    const methods = await lockCustomerMethods(tx, input.customerId);
    const target = methods.find((method) => method.id === input.methodId);
    if (!target) return err(methodErrors.notFound());
    const others = methods.filter((method) => method.id !== target.id && method.mandateRef);
    const autopayOn = methods.some((method) => method.isDefault && method.mandateRef);
    const removal = methodRemoval({
      autopayOn,
      remaining: others.length,
      switchToInvoice: input.switchToInvoice === true,
      payByInvoiceAllowed: allowsPayByInvoice(settings.enabledPaymentMethods),
    });
    if (removal === 'last_method') return err(methodErrors.lastMethod());
    if (removal === 'invoice_not_allowed') return err(methodErrors.invoiceNotAllowed());
    await tx.delete(paymentMethods).where(eq(paymentMethods.id, target.id));
    const stillDefault = others.some((method) => method.isDefault);
    const next = others.at(-1);
    if (autopayOn && !stillDefault && next) {
      await tx.update(paymentMethods).set({ isDefault: true }).where(eq(paymentMethods.id, next.id));
    }
    return ok({ autopay: autopayOn && others.length > 0 ? 'on' : 'off' });
  });
}
