import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { customerBalances, invoices } from '@/db/schema';
import { amountOwed } from '@/lib/billing/amount-owed';
import { stopCreditUse } from '@/lib/billing/stop-now';
import { nextAttempt } from '@/lib/services/payments/apply-payment';
import { collectOpenInvoice } from '@/lib/services/invoices/open-invoice-collection';
import { payOpenInvoiceFromBalance } from '@/lib/services/payments/use-customer-balance';
import type { OwnSubscription } from './lock-own-subscription';
import { subscriptionDebts } from './stop-credit-debts';
import type { StopCreditUsePlan } from './quote-stop-now';

/**
 * After a customer's stop at once: the credit its notes put on the balance pays the early-exit fee
 * invoice first, then the subscription's other open invoices (oldest due first); the rest stays
 * as balance (stopCreditUse). Only what the fee invoice still owes after that is collected (an
 * autopay attempt, returned to charge after the commit, or the invoice e-mailed). Never more than
 * the stop's own credit is taken from the balance: credit the customer had before already paid
 * the fee when it was written, like any new invoice.
 */
export async function useStopCredit(
  tx: Tx,
  input: { own: OwnSubscription; creditMinor: number; feeInvoiceId: string | null; now: Date },
): Promise<{ use: StopCreditUsePlan; paymentId: string | null }> {
  const { sub, customer } = input.own;
  const [balance] = await tx
    .select({ balanceMinor: customerBalances.balanceMinor })
    .from(customerBalances)
    .where(and(eq(customerBalances.customerId, customer.id), eq(customerBalances.currency, sub.currency)))
    .for('update');
  const [fee] = input.feeInvoiceId ? await tx.select().from(invoices).where(eq(invoices.id, input.feeInvoiceId)).for('update') : [];
  const debts = await subscriptionDebts(tx, { subscriptionId: sub.id, currentTerm: sub.currentTerm, currency: sub.currency });
  const usable = Math.max(0, Math.min(input.creditMinor, balance?.balanceMinor ?? 0));
  const plan = stopCreditUse(usable, [
    ...(fee && fee.status === 'open' ? [{ invoiceId: fee.id, owedMinor: amountOwed(fee) }] : []),
    ...debts.map(({ invoiceId, owedMinor }) => ({ invoiceId, owedMinor })),
  ]);
  for (const paid of plan.paid) {
    await payOpenInvoiceFromBalance(tx, { customerId: customer.id, invoiceId: paid.invoiceId, amountMinor: paid.amountMinor, currency: sub.currency, at: input.now, timeZone: input.own.timeZone });
  }
  let paymentId: string | null = null;
  if (fee && fee.status === 'open') {
    const [after] = await tx.select().from(invoices).where(eq(invoices.id, fee.id));
    const left = amountOwed(after!);
    if (left > 0) {
      paymentId = await collectOpenInvoice(tx, {
        invoiceId: fee.id,
        customerId: customer.id,
        amountMinor: left,
        currency: sub.currency,
        now: input.now,
        sendOnly: sub.collection === 'send_invoice',
        attempt: await nextAttempt(tx, fee.id),
      });
    }
  }
  const numbers = new Map(debts.map((debt) => [debt.invoiceId, debt.number]));
  return {
    use: {
      feeMinor: plan.paid.find((paid) => paid.invoiceId === fee?.id)?.amountMinor ?? 0,
      invoices: plan.paid.filter((paid) => paid.invoiceId !== fee?.id).map((paid) => ({ ...paid, number: numbers.get(paid.invoiceId) ?? null })),
      keptMinor: input.creditMinor - plan.paid.reduce((sum, paid) => sum + paid.amountMinor, 0),
    },
    paymentId,
  };
}
