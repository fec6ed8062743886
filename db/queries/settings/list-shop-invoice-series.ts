import { and, asc, notInArray, notLike } from 'drizzle-orm';
import { db as defaultDb, type DbOrTx } from '@/db/client';
import { invoiceSeries } from '@/db/schema';

/**
 * The shop's own invoice series a merchant may number invoices in, with their prefixes: not a
 * test clock's (simulations number in series of their own), nor those in `notIds` (the credit
 * notes' series, which the caller names: its id is the credit-note service's).
 */
export function listShopInvoiceSeries(notIds: readonly string[], db: DbOrTx = defaultDb) {
  return db
    .select({ id: invoiceSeries.id, prefix: invoiceSeries.prefix, nextNumber: invoiceSeries.nextNumber })
    .from(invoiceSeries)
    .where(and(notLike(invoiceSeries.id, 'clock%'), notInArray(invoiceSeries.id, [...notIds])))
    .orderBy(asc(invoiceSeries.id));
}
