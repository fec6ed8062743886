import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { payments } from '@/db/schema';
import { amountOwed } from '@/lib/billing/amount-owed';
import { markInvoicePaid } from '@/lib/services/billing/mark-invoice-paid';
import { nextAttempt } from './apply-payment';
import { creditBalance } from './credit-balance';

/**
 * Pays part or all of a new invoice from the customer's credit balance, in the caller's
 * transaction: a payment (attempt 1, method `balance`, paid at `at`), the ledger entry naming
 * it, and the balance lowered. The caller stores the amount on the invoice as paid (and the
 * invoice as paid when that covers it); the invoice's next attempt, if any, is attempt 2.
 *
 * NOTE: one function for every invoice the shop writes (renewals, proration invoices), so a
 * balance is spent the same way whatever the invoice.
 */
export async function useCustomerBalance(
  tx: Tx,
  use: { customerId: string; invoiceId: string; amountMinor: number; currency: string; at: Date },
): Promise<void> {
  if (use.amountMinor <= 0) return;
  await spendBalance(tx, use, 1);
}

/**
 * Pays part or all of an invoice already open from the customer's credit balance (a stop's
 * credit paying the early-exit fee and what the subscription still owes): a paid `balance`
 * payment as the invoice's next attempt, the ledger entry naming it, the balance lowered, and the
 * invoice settled by the same rule as any payment (markInvoicePaid: paid in full, its dunning
 * stops). A pending autopay attempt not yet sent to the provider is lowered to what is still owed,
 * or canceled when nothing is, so the card is never charged for what the balance paid.
 */
export async function payOpenInvoiceFromBalance(
  tx: Tx,
  use: { customerId: string; invoiceId: string; amountMinor: number; currency: string; at: Date; timeZone: string },
): Promise<{ paidInFull: boolean }> {
  if (use.amountMinor <= 0) return { paidInFull: false };
  await spendBalance(tx, use, await nextAttempt(tx, use.invoiceId));
  const marked = await markInvoicePaid(tx, { invoiceId: use.invoiceId, amountMinor: use.amountMinor, at: use.at, timeZone: use.timeZone });
  const waiting = and(eq(payments.invoiceId, use.invoiceId), eq(payments.status, 'pending'), eq(payments.source, 'autopay'), isNull(payments.providerRequestedAt));
  if (marked.paidInFull) {
    await tx.update(payments).set({ status: 'canceled', failureReason: 'Paid from the customer’s balance' }).where(waiting);
  } else {
    await tx.update(payments).set({ amountMinor: amountOwed(marked.invoice) }).where(waiting);
  }
  return { paidInFull: marked.paidInFull };
}

type BalanceUse = { customerId: string; invoiceId: string; amountMinor: number; currency: string; at: Date };

/** A paid `balance` payment as the invoice's `attempt`, and the ledger entry lowering the balance by it. */
async function spendBalance(tx: Tx, use: BalanceUse, attempt: number): Promise<void> {
  const [payment] = await tx
    .insert(payments)
    .values({
      customerId: use.customerId,
      invoiceId: use.invoiceId,
      attempt,
      provider: 'none',
      method: 'balance',
      amountMinor: use.amountMinor,
      currency: use.currency,
      status: 'paid',
      source: 'balance',
      settledAt: use.at,
    })
    .returning({ id: payments.id });
  await creditBalance(tx, {
    customerId: use.customerId,
    amountMinor: -use.amountMinor,
    currency: use.currency,
    reason: 'applied_to_invoice',
    invoiceId: use.invoiceId,
    paymentId: payment!.id,
  });
}
