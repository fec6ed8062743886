import { eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { invoiceSeries } from '@/db/schema';

/**
 * Takes the next number of a series inside the caller's transaction.
 *
 * NOTE: gapless by construction: the UPDATE locks the counter row until the transaction ends, so
 * a rollback returns the number and concurrent finalizations queue behind each other. Never a
 * Postgres sequence (sequences leave gaps on rollback).
 */
export async function takeInvoiceNumber(
  tx: Tx,
  seriesId: string,
): Promise<{ sequenceNumber: number; number: string }> {
  const [row] = await tx
    .update(invoiceSeries)
    .set({ nextNumber: sql`${invoiceSeries.nextNumber} + 1` })
    .where(eq(invoiceSeries.id, seriesId))
    .returning({ taken: sql<number>`${invoiceSeries.nextNumber} - 1`, prefix: invoiceSeries.prefix });
  if (!row) throw new Error(`Invoice series ${seriesId} does not exist.`);
  const sequenceNumber = Number(row.taken);
  return { sequenceNumber, number: formatInvoiceNumber(row.prefix, sequenceNumber) };
}

export function formatInvoiceNumber(prefix: string, sequenceNumber: number): string {
  return `${prefix}${String(sequenceNumber).padStart(6, '0')}`;
}
