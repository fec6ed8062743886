import { and, desc, eq, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { payments, refunds, type Payment } from '@/db/schema';

export type RefundablePayment = { payment: Payment; refundableMinor: number };

/**
 * The invoice's payments that can be refunded through their provider, newest first, each with
 * what is left of it after earlier refunds (a failed refund sent nothing back, so it does not
 * count). Money that came by hand, by bank file, from the balance, or that staff marked as paid
 * has no provider payment to send it back through: it is not listed.
 */
export async function refundablePayments(db: DbOrTx, invoiceId: string): Promise<RefundablePayment[]> {
  const rows = await db
    .select({
      payment: payments,
      refundedMinor: sql<string>`coalesce(sum(${refunds.amountMinor}) filter (where ${refunds.status} <> 'failed'), 0)::text`,
    })
    .from(payments)
    .leftJoin(refunds, eq(refunds.paymentId, payments.id))
    .where(
      and(
        eq(payments.invoiceId, invoiceId),
        eq(payments.status, 'paid'),
        ne(payments.provider, 'none'),
        isNotNull(payments.providerPaymentId),
        inArray(payments.source, ['checkout', 'autopay']),
        // Marked paid by staff (an abandoned checkout): the money did not come through the provider.
        isNull(payments.recordedBy),
      ),
    )
    .groupBy(payments.id)
    .orderBy(desc(payments.settledAt), desc(payments.attempt));
  return rows
    .map((row) => ({ payment: row.payment, refundableMinor: row.payment.amountMinor - Number(row.refundedMinor) }))
    .filter((row) => row.refundableMinor > 0);
}

export type RefundPart = { paymentId: string; provider: string; amountMinor: number };

/** `amountMinor` taken from the payments in order, each up to what is left of it. */
export function splitRefund(payable: RefundablePayment[], amountMinor: number): RefundPart[] {
  const parts: RefundPart[] = [];
  let rest = amountMinor;
  for (const { payment, refundableMinor } of payable) {
    if (rest === 0) break;
    const part = Math.min(rest, refundableMinor);
    parts.push({ paymentId: payment.id, provider: payment.provider, amountMinor: part });
    rest -= part;
  }
  if (rest > 0) throw new Error(`Refund of ${amountMinor} exceeds what the payments hold`);
  return parts;
}
