import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { paymentMethods, type PaymentMethod } from '@/db/schema';

/**
 * Every stored method of one customer, locked for the rest of the transaction: changing which one
 * autopay uses, or removing one, sees the others as they are and two such changes never interleave.
 */
export async function lockCustomerMethods(tx: Tx, customerId: string): Promise<PaymentMethod[]> {
  return tx.select().from(paymentMethods).where(eq(paymentMethods.customerId, customerId)).orderBy(paymentMethods.createdAt).for('update');
}
