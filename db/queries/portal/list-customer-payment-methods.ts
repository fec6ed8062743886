import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { db as defaultDb, type DbOrTx } from '@/db/client';
import { paymentMethods } from '@/db/schema';

export type CustomerPaymentMethod = {
  id: string;
  provider: string;
  type: (typeof paymentMethods.$inferSelect)['type'];
  label: string;
  brand: string | null;
  last4: string | null;
  expiryMonth: number | null;
  expiryYear: number | null;
  ibanMasked: string | null;
  /** The method autopay charges (the customer's default with a mandate). */
  usedForAutopay: boolean;
  createdAt: Date;
};

/**
 * The customer's stored methods that can be charged off-session (scoped by customer id), the
 * one autopay uses first, then newest first.
 */
export async function listCustomerPaymentMethods(customerId: string, db: DbOrTx = defaultDb): Promise<CustomerPaymentMethod[]> {
  const rows = await db
    .select()
    .from(paymentMethods)
    .where(and(eq(paymentMethods.customerId, customerId), isNotNull(paymentMethods.mandateRef)))
    .orderBy(desc(paymentMethods.isDefault), desc(paymentMethods.createdAt));
  // Should there ever be two defaults, autopay charges the newest (getAutopayMethod): only it is marked.
  let marked = false;
  return rows.map((row) => {
    const usedForAutopay = row.isDefault && !marked;
    if (usedForAutopay) marked = true;
    return {
      id: row.id,
      provider: row.provider,
      type: row.type,
      label: row.label,
      brand: row.brand,
      last4: row.last4,
      expiryMonth: row.expiryMonth,
      expiryYear: row.expiryYear,
      ibanMasked: row.ibanMasked,
      usedForAutopay,
      createdAt: row.createdAt,
    };
  });
}
