import { and, eq, ne } from 'drizzle-orm';
import { db } from '@/db/client';
import { paymentMethods } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import type { DomainErrorShape } from '@/lib/errors/domain-error';
import { lockCustomerMethods } from './lock-customer-methods';
import { methodErrors } from './method-errors';

/** Makes one of the customer's own methods the one autopay charges; another customer's id is not found. */
export async function setDefaultPaymentMethod(input: { customerId: string; methodId: string }): Promise<Result<{ methodId: string }, DomainErrorShape>> {
  return db.transaction(async (tx) => {
    const methods = await lockCustomerMethods(tx, input.customerId);
    const chosen = methods.find((method) => method.id === input.methodId && method.mandateRef);
    if (!chosen) return err(methodErrors.notFound());
    await tx
      .update(paymentMethods)
      .set({ isDefault: false })
      .where(and(eq(paymentMethods.customerId, input.customerId), ne(paymentMethods.id, chosen.id)));
    await tx.update(paymentMethods).set({ isDefault: true }).where(eq(paymentMethods.id, chosen.id));
    return ok({ methodId: chosen.id });
  });
}
