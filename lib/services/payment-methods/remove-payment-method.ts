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
import { queueMandateRevocation, revokeDueMandates } from './revoke-mandates';

/**
 * Removes one of the customer's methods. The last one cannot go while autopay is on, unless the
 * customer switches to paying by invoice and the shop takes bank transfers; removing the method
 * autopay uses while others remain hands autopay to the newest of them. Its mandate is ended at
 * the provider too (revoke-mandates.ts), so the merchant can no longer charge it anywhere.
 */
export async function removePaymentMethod(input: {
  customerId: string;
  methodId: string;
  /** The customer chose to pay by invoice from now on (only asked when this is the last method). */
  switchToInvoice?: boolean;
}): Promise<Result<{ autopay: 'on' | 'off' }, DomainErrorShape>> {
  const settings = await getShopSettings(db);
  const removed = await db.transaction(async (tx) => {
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
    const revocationId = await queueMandateRevocation(tx, target);
    const stillDefault = others.some((method) => method.isDefault);
    const next = others.at(-1);
    if (autopayOn && !stillDefault && next) {
      await tx.update(paymentMethods).set({ isDefault: true }).where(eq(paymentMethods.id, next.id));
    }
    return ok({ autopay: autopayOn && others.length > 0 ? ('on' as const) : ('off' as const), revocationId });
  });
  if (!removed.ok) return removed;
  // The mandate ends at the provider after the commit (never a provider call under our locks);
  // if the provider does not answer now, the billing sweep tries again.
  const { revocationId, autopay } = removed.value;
  if (revocationId) await revokeDueMandates({ now: new Date(), ids: [revocationId] });
  return ok({ autopay });
}
