import { eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { invoices, payments, type Invoice } from '@/db/schema';
import { amountOwed } from '@/lib/billing/amount-owed';
import { reopenedDunning } from '@/lib/billing/dunning-round';
import { dunningStepsFor, loadEngineContext } from '@/lib/services/billing/engine-context';
import { lockSubscriptionWithPlan } from '@/lib/services/billing/lock-subscription';
import { queuePaymentFailed } from '@/lib/services/email/send-payment-failed';
import { markPastDue } from './mark-past-due';

export type Reversal = { reversed: boolean; invoice: Invoice | null; reopened: boolean };

/**
 * A paid payment taken back: a SEPA direct debit that bounced days after it looked paid, or a
 * card chargeback. In the caller's transaction: the payment is marked charged back, the invoice
 * owes the amount again and is reopened, its dunning starts a new round counted from the
 * reversal (not from the old due date, which would fire every step at once), the subscription
 * goes past due, and the customer is told, with the link to pay. Idempotent: a payment already
 * reversed (a webhook delivered twice, the same bank file line) changes nothing.
 */
export async function reversePayment(
  tx: Tx,
  input: { paymentId: string; at: Date; reasonCode?: string | null; reason?: string | null },
): Promise<Reversal> {
  const [payment] = await tx.select().from(payments).where(eq(payments.id, input.paymentId)).for('update');
  if (!payment) throw new Error(`Payment ${input.paymentId} does not exist`);
  if (payment.status !== 'paid') return { reversed: false, invoice: null, reopened: false };
  const reason = input.reason ?? (input.reasonCode ? `Returned by the bank (${input.reasonCode})` : 'Payment reversed');
  await tx
    .update(payments)
    .set({ status: 'charged_back', reversedAt: input.at, failureReason: reason, failureKind: 'permanent' })
    .where(eq(payments.id, payment.id));
  if (!payment.invoiceId) return { reversed: true, invoice: null, reopened: false };

  const [invoice] = await tx.select().from(invoices).where(eq(invoices.id, payment.invoiceId)).for('update');
  if (!invoice) throw new Error(`Invoice ${payment.invoiceId} vanished`);
  const paidAfter = Math.max(0, invoice.amountPaidMinor - payment.amountMinor);
  const reopen = invoice.status === 'paid' && amountOwed({ ...invoice, amountPaidMinor: paidAfter }) > 0;
  const ctx = await loadEngineContext(tx);

  const row = invoice.subscriptionId ? await lockSubscriptionWithPlan(tx, invoice.subscriptionId) : null;
  if (row && reopen) await markPastDue(tx, row.sub.id);
  const steps = dunningStepsFor(ctx, row?.plan.dunningPlanId ?? null);
  const [updated] = await tx
    .update(invoices)
    .set({
      amountPaidMinor: sql`greatest(0, ${invoices.amountPaidMinor} - ${payment.amountMinor})`,
      ...(reopen ? { status: 'open' as const, paidAt: null, ...reopenedDunning(invoice, input.at, steps, ctx.timeZone) } : {}),
    })
    .where(eq(invoices.id, invoice.id))
    .returning();
  if (reopen) await queuePaymentFailed(tx, { paymentId: payment.id, failure: 'permanent', reason });
  return { reversed: true, invoice: updated!, reopened: reopen };
}
