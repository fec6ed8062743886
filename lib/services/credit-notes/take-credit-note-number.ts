import type { Tx } from '@/db/client';
import { invoiceSeries, type Customer } from '@/db/schema';
import { takeInvoiceNumber, type InvoiceNumber } from '@/lib/services/invoices/take-invoice-number';

// NOTE: the demo seed creates this row already (db/seed.ts, prefix KD- like the invoices); a
// database seeded otherwise gets it from the first credit note.
export const CREDIT_NOTE_SERIES_ID = 'credit_note';
const CREDIT_NOTE_PREFIX = 'KD-CN-';

/**
 * The series a credit note of this customer is numbered in: the shop's credit-note series, or
 * for a simulated customer the test clock's own (a simulation never consumes real numbers).
 */
export function creditSeriesFor(customer: Pick<Customer, 'testClockId'>): { id: string; prefix: string } {
  if (!customer.testClockId) return { id: CREDIT_NOTE_SERIES_ID, prefix: CREDIT_NOTE_PREFIX };
  return { id: `clock-credit:${customer.testClockId}`, prefix: `SIM-${customer.testClockId.slice(0, 4).toUpperCase()}-CN-` };
}

/**
 * The next gapless credit-note number, in the caller's transaction. The series row is created on
 * first use; `on conflict do nothing` lets two first notes race without an error, and the counter
 * row's lock (takeInvoiceNumber) then orders them.
 */
export async function takeCreditNoteNumber(
  tx: Tx,
  customer: Pick<Customer, 'testClockId'>,
): Promise<InvoiceNumber & { seriesId: string }> {
  const series = creditSeriesFor(customer);
  await tx.insert(invoiceSeries).values({ id: series.id, prefix: series.prefix }).onConflictDoNothing();
  return { seriesId: series.id, ...(await takeInvoiceNumber(tx, series.id)) };
}
