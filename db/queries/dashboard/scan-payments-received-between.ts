import { and, eq, gte, lt, ne, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, payments } from '@/db/schema';
import { clockCondition, type ClockScope } from '@/db/queries/clock-scope';
import { assertMinor } from '@/lib/billing/money';

export type PaymentsReceivedTotal = { currency: string; amountMinor: number; paymentCount: number };

/**
 * The definition of sumPaymentsReceivedBetween, by a pass over the payments (the tests compare the
 * daily totals with it). Money the scope's customers paid in [from, to): payments that settled as paid in that range, per
 * currency. Money in only: a customer's credit balance used on an invoice (source `balance`) is
 * money received before, not again.
 */
export async function scanPaymentsReceivedBetween(scope: ClockScope, range: { from: Date; to: Date }): Promise<PaymentsReceivedTotal[]> {
  const rows = await db
    .select({
      currency: payments.currency,
      amountMinor: sql<string>`coalesce(sum(${payments.amountMinor}), 0)::text`,
      paymentCount: sql<number>`count(*)`.mapWith(Number),
    })
    .from(payments)
    .innerJoin(customers, eq(customers.id, payments.customerId))
    .where(and(clockCondition(scope), eq(payments.status, 'paid'), ne(payments.source, 'balance'), gte(payments.settledAt, range.from), lt(payments.settledAt, range.to)))
    .groupBy(payments.currency)
    .orderBy(payments.currency);
  return rows.map((row) => {
    const amountMinor = Number(row.amountMinor);
    assertMinor(amountMinor, 'payments total');
    return { currency: row.currency, amountMinor, paymentCount: row.paymentCount };
  });
}
