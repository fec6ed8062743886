import { eq, sql } from 'drizzle-orm';
import { builtOnceQuery, valueFor } from '@/db/built-once';
import { db, type Tx } from '@/db/client';
import { invoiceSeries } from '@/db/schema';

export type InvoiceNumber = { sequenceNumber: number; number: string };

const COUNT = sql.placeholder('count');
/** NOTE: built once (db/built-once.ts): each invoice finalized takes its number, thousands in the demo history. */
const takeStatement = builtOnceQuery<{ first: number; prefix: string }>(() =>
  db
    .update(invoiceSeries)
    .set({ nextNumber: sql`${invoiceSeries.nextNumber} + ${COUNT}` })
    .where(eq(invoiceSeries.id, valueFor(invoiceSeries.id, 'seriesId')))
    .returning({ first: sql<number>`${invoiceSeries.nextNumber} - ${COUNT}`, prefix: invoiceSeries.prefix }),
);

/**
 * Takes the next `count` numbers of a series inside the caller's transaction.
 *
 * NOTE: gapless by construction: the UPDATE locks the counter row until the transaction ends, so
 * a rollback returns the numbers and concurrent finalizations queue behind each other. A bill
 * run takes a whole batch in one statement. Never a Postgres sequence (sequences leave gaps).
 */
export async function takeInvoiceNumbers(tx: Tx, seriesId: string, count: number): Promise<InvoiceNumber[]> {
  if (count === 0) return [];
  const [row] = await takeStatement(tx, { seriesId, count });
  if (!row) throw new Error(`Invoice series ${seriesId} does not exist.`);
  const first = Number(row.first);
  return Array.from({ length: count }, (_, i) => ({
    sequenceNumber: first + i,
    number: formatInvoiceNumber(row.prefix, first + i),
  }));
}

export async function takeInvoiceNumber(tx: Tx, seriesId: string): Promise<InvoiceNumber> {
  const [number] = await takeInvoiceNumbers(tx, seriesId, 1);
  return number!;
}

export function formatInvoiceNumber(prefix: string, sequenceNumber: number): string {
  return `${prefix}${String(sequenceNumber).padStart(6, '0')}`;
}
