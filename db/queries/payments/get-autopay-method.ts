import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { paymentMethods, type PaymentMethod } from '@/db/schema';

/**
 * The stored method autopay charges for a customer: their default method with a mandate (the
 * newest, should there ever be two), as the engine picks it. Null: the customer pays by invoice.
 */
export async function getAutopayMethod(db: DbOrTx, customerId: string): Promise<PaymentMethod | null> {
  const [method] = await db
    .select()
    .from(paymentMethods)
    .where(and(eq(paymentMethods.customerId, customerId), eq(paymentMethods.isDefault, true), isNotNull(paymentMethods.mandateRef)))
    .orderBy(desc(paymentMethods.createdAt))
    .limit(1);
  return method ?? null;
}
