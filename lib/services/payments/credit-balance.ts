import { eq, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { customerBalanceEntries, customerBalances } from '@/db/schema';
import { assertMinor } from '@/lib/billing/money';

export type BalanceChange = {
  customerId: string;
  /** Positive: credit for the customer; negative: credit used. */
  amountMinor: number;
  currency: string;
  reason: (typeof customerBalanceEntries.$inferInsert)['reason'];
  invoiceId?: string | null;
  paymentId?: string | null;
  creditNoteId?: string | null;
};

/**
 * Adds to (or, negative, takes from) a customer's balance in one currency, with the ledger row
 * that explains it, in the caller's transaction.
 *
 * NOTE: the only writer of customer_balances: every change is a ledger row, and the balance in a
 * currency is the sum of that currency's rows, because both are written here, together.
 */
export async function creditBalance(tx: Tx, change: BalanceChange): Promise<void> {
  assertMinor(change.amountMinor, 'balance change');
  if (change.amountMinor === 0) return;
  await tx.insert(customerBalanceEntries).values(change);
  await tx
    .insert(customerBalances)
    .values({ customerId: change.customerId, currency: change.currency, balanceMinor: change.amountMinor })
    .onConflictDoUpdate({
      target: [customerBalances.customerId, customerBalances.currency],
      set: { balanceMinor: sql`${customerBalances.balanceMinor} + excluded.balance_minor` },
    });
}

/** A customer's balance in each currency they have one in (zero balances included). */
export async function loadCustomerBalances(db: DbOrTx, customerId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ currency: customerBalances.currency, balanceMinor: customerBalances.balanceMinor })
    .from(customerBalances)
    .where(eq(customerBalances.customerId, customerId));
  return new Map(rows.map((r) => [r.currency, r.balanceMinor]));
}
