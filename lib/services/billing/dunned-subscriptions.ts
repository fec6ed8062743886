import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { invoiceLines, subscriptions, type Subscription } from '@/db/schema';
import type { DueDunning } from './select-due-dunning';

/**
 * The subscriptions besides the lead that an order's invoice for several started (its lines name
 * them), locked: a suspension or termination for not paying it reaches all of them.
 */
export async function otherSubscriptionsOf(tx: Tx, row: DueDunning): Promise<Subscription[]> {
  if (row.invoice.subscriptionId !== null) return [];
  return tx
    .select()
    .from(subscriptions)
    .where(
      and(
        ne(subscriptions.id, row.subscription.id),
        inArray(subscriptions.id, tx.selectDistinct({ id: invoiceLines.subscriptionId }).from(invoiceLines).where(eq(invoiceLines.invoiceId, row.invoice.id))),
      ),
    )
    .orderBy(asc(subscriptions.id))
    .for('update');
}
