import { asc, eq, isNotNull, and } from 'drizzle-orm';
import { builtOnceQuery, valueFor } from '@/db/built-once';
import { db as appDb, type DbOrTx } from '@/db/client';
import { invoiceLines, plans, products, subscriptions, type Invoice } from '@/db/schema';

/** Built once (db/built-once.ts): the e-mails about a subscription ask it, hundreds in the demo history. */
const nameStatement = builtOnceQuery<{ product: string; plan: string }>(() =>
  appDb
    .select({ product: products.name, plan: plans.name })
    .from(subscriptions)
    .innerJoin(plans, eq(subscriptions.planId, plans.id))
    .innerJoin(products, eq(plans.productId, products.id))
    .where(eq(subscriptions.id, valueFor(subscriptions.id, 'subscriptionId'))),
);

/** "Trendhouse – Monthly": how the customer knows a subscription; null when there is none. */
export async function loadSubscriptionName(db: DbOrTx, subscriptionId: string): Promise<string | null> {
  const [row] = await nameStatement(db, { subscriptionId });
  return row ? `${row.product} – ${row.plan}` : null;
}

/**
 * The subscription an invoice bills: a renewal invoice names it; a first (order) invoice carries
 * it on its plan lines. Null for an invoice of one-off items only.
 */
export async function loadInvoiceSubscriptionName(db: DbOrTx, invoice: Pick<Invoice, 'id' | 'subscriptionId'>) {
  let subscriptionId = invoice.subscriptionId;
  if (!subscriptionId) {
    const [line] = await db
      .select({ subscriptionId: invoiceLines.subscriptionId })
      .from(invoiceLines)
      .where(and(eq(invoiceLines.invoiceId, invoice.id), isNotNull(invoiceLines.subscriptionId)))
      .orderBy(asc(invoiceLines.position))
      .limit(1);
    subscriptionId = line?.subscriptionId ?? null;
  }
  return subscriptionId ? loadSubscriptionName(db, subscriptionId) : null;
}
