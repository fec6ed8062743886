import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { paymentMethods, type PaymentMethod } from '@/db/schema';

/**
 * The stored method autopay charges for a customer: their default method with a mandate (the
 * newest, should there ever be two), as the engine picks it. Null: the customer pays by invoice.
 */
export async function getAutopayMethod(db: DbOrTx, customerId: string): Promise<PaymentMethod | null> {
  return (await getAutopayMethods(db, [customerId])).get(customerId) ?? null;
}

/** getAutopayMethod for many customers in one query (a batch of e-mails), by customer id. */
export async function getAutopayMethods(db: DbOrTx, customerIds: string[]): Promise<Map<string, PaymentMethod>> {
  const map = new Map<string, PaymentMethod>();
  if (customerIds.length === 0) return map;
  const methods = await db
    .select()
    .from(paymentMethods)
    .where(and(inArray(paymentMethods.customerId, customerIds), eq(paymentMethods.isDefault, true), isNotNull(paymentMethods.mandateRef)))
    .orderBy(desc(paymentMethods.createdAt));
  for (const method of methods) if (!map.has(method.customerId)) map.set(method.customerId, method);
  return map;
}
