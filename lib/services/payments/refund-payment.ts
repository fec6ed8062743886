import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { invoices, payments, type Refund } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { issueCreditNote } from '@/lib/services/credit-notes/issue-credit-note';
import { refundablePayments } from '@/lib/services/credit-notes/refundable-payments';

/**
 * Refunds (part of) one payment. The money an invoice took changes only by a credit note, so the
 * refund is a credit note on the payment's paid invoice whose refund goes back through this one
 * payment (the credit-note service's rules, provider call and audit entry).
 * `invoice_not_paid` is a refusal of the invoice's state; the others of the request.
 */
export async function refundPayment(input: {
  paymentId: string;
  amountMinor: number | 'full';
  reason: string;
  staffUserId: string | null;
  now: Date;
}): Promise<Result<Refund, DomainErrorShape>> {
  const [row] = await db
    .select({ invoiceId: payments.invoiceId, invoiceStatus: invoices.status })
    .from(payments)
    .leftJoin(invoices, eq(invoices.id, payments.invoiceId))
    .where(eq(payments.id, input.paymentId));
  if (!row) return err(domainError('not_found', 'That payment does not exist.'));
  if (!row.invoiceId) return err(domainError('not_refundable', 'This payment is for no invoice, so there is nothing to credit and refund.'));
  if (row.invoiceStatus !== 'paid') {
    return err(domainError('invoice_not_paid', `The payment’s invoice is ${row.invoiceStatus}: credit it to lower what it owes; refunds are for paid invoices.`));
  }
  const left = (await refundablePayments(db, row.invoiceId)).find((p) => p.payment.id === input.paymentId)?.refundableMinor ?? 0;
  if (left === 0) return err(domainError('not_refundable', 'Nothing of this payment can be refunded: it was not taken online, or it was refunded already.'));
  const issued = await issueCreditNote({
    invoiceId: row.invoiceId,
    amountMinor: input.amountMinor === 'full' ? left : input.amountMinor,
    reason: input.reason,
    disposition: 'refund',
    refundPaymentId: input.paymentId,
    staffUserId: input.staffUserId,
    now: input.now,
  });
  if (!issued.ok) return err(domainError(issued.error.code, issued.error.message, issued.error.code === 'amount' ? 'amount' : undefined));
  const refund = issued.value.refunds.find((r) => r.paymentId === input.paymentId);
  if (!refund) throw new Error(`Credit note ${issued.value.creditNote.id} made no refund of payment ${input.paymentId}`);
  return ok(refund);
}
