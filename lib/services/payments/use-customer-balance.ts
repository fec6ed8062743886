import type { Tx } from '@/db/client';
import { payments } from '@/db/schema';
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
  const [payment] = await tx
    .insert(payments)
    .values({
      customerId: use.customerId,
      invoiceId: use.invoiceId,
      attempt: 1,
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
