import { and, desc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { orders, payments } from '@/db/schema';

export type CustomerDebitOrder = {
  orderId: string;
  orderedAt: Date;
  amountMinor: number;
  currency: string;
  /** The debited account, masked; null for a debit made on the provider's own page. */
  account: string | null;
  /** `pending`: the bank has not settled it; `failed`: it did not go through (the order never started). */
  state: 'pending' | 'failed';
  failureReason: string | null;
};

/**
 * One customer's orders paid by SEPA direct debit that have not started (scoped: their own only):
 * those whose debit the bank has not settled yet, and those whose debit failed at the bank after
 * it was taken (a `pending` debit that then failed), so Min Side can say so and offer another try.
 */
export async function listCustomerDebitOrders(customerId: string): Promise<CustomerDebitOrder[]> {
  // The last attempt of each unpaid SEPA order of this customer.
  const rows = await db
    .selectDistinctOn([orders.id], {
      orderId: orders.id,
      orderedAt: orders.createdAt,
      amountMinor: payments.amountMinor,
      currency: payments.currency,
      account: payments.accountMasked,
      status: payments.status,
      providerPaymentId: payments.providerPaymentId,
      failureReason: payments.failureReason,
    })
    .from(orders)
    .innerJoin(payments, eq(payments.orderId, orders.id))
    .where(and(eq(orders.customerId, customerId), eq(orders.status, 'pending_payment'), eq(orders.paymentMethod, 'sepa_debit'), sql`${payments.amountMinor} > 0`))
    .orderBy(orders.id, desc(payments.attempt));
  return rows
    .filter((row) => row.providerPaymentId !== null && (row.status === 'pending' || row.status === 'failed'))
    .map((row) => ({
      orderId: row.orderId,
      orderedAt: row.orderedAt,
      amountMinor: row.amountMinor,
      currency: row.currency,
      account: row.account,
      state: row.status === 'pending' ? ('pending' as const) : ('failed' as const),
      failureReason: row.failureReason,
    }))
    .sort((a, b) => b.orderedAt.getTime() - a.orderedAt.getTime());
}
