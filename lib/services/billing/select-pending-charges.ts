import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, payments } from '@/db/schema';
import { clockCondition, type ClockScope } from './clock-scope';
import type { PendingCharge } from './issue-renewal-invoices';

/**
 * Autopay attempts prepared but never answered by the provider (the sweep that made them died,
 * or the provider errored): charged again with the same idempotency key, so at most once.
 */
export async function selectPendingCharges(input: { scope: ClockScope; limit: number }): Promise<PendingCharge[]> {
  return db
    .select({ paymentId: payments.id })
    .from(payments)
    .innerJoin(customers, eq(payments.customerId, customers.id))
    .where(
      and(
        eq(payments.status, 'pending'),
        isNotNull(payments.invoiceId),
        isNull(payments.providerPaymentId),
        clockCondition(input.scope),
      ),
    )
    .limit(input.limit);
}
