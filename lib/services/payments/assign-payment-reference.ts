import { and, asc, gt, isNotNull, isNull, ne, not, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { invoices } from '@/db/schema';
import { referenceForInvoice } from '@/lib/payments/references/reference-for-invoice';
import { clockSeriesId } from '@/lib/services/invoices/series-for';

const CLOCK_SERIES_PREFIX = clockSeriesId('');
const BACKFILL_BATCH = 500;

/**
 * The payment reference stored on a finalized invoice (`invoices.payment_reference`), in the
 * electronic form banks report back (no spaces), so a bank file line matches it by equality: a
 * KID for NOK, an RF creditor reference otherwise. Null for a draft (no number yet).
 *
 * NOTE: simulated invoices (a test clock's series) get none. Their sequence numbers repeat the
 * shop's real ones, so their references would be real invoices' references, and a customer's
 * bank transfer could be matched to a simulation.
 */
export function paymentReferenceFor(invoice: {
  currency: string;
  sequenceNumber: number | null;
  seriesId: string | null;
}): string | null {
  if (invoice.sequenceNumber === null || invoice.seriesId === null) return null;
  if (invoice.seriesId.startsWith(CLOCK_SERIES_PREFIX)) return null;
  return referenceForInvoice({ currency: invoice.currency, sequenceNumber: invoice.sequenceNumber }).reference;
}

/**
 * One-off: gives every finalized invoice that has no payment reference yet the one it would get
 * today, so bank transfers for invoices issued before references existed still match. Walks the
 * invoices by id in batches (one UPDATE a batch); safe to run again, it only fills empty ones.
 * Returns how many invoices got a reference.
 */
export async function backfillPaymentReferences(db: DbOrTx): Promise<number> {
  let after = '00000000-0000-0000-0000-000000000000';
  let filled = 0;
  for (;;) {
    const batch = await db
      .select({ id: invoices.id, currency: invoices.currency, sequenceNumber: invoices.sequenceNumber, seriesId: invoices.seriesId })
      .from(invoices)
      .where(
        and(
          gt(invoices.id, after),
          isNull(invoices.paymentReference),
          isNotNull(invoices.sequenceNumber),
          ne(invoices.status, 'draft'),
          not(sql`${invoices.seriesId} like ${`${CLOCK_SERIES_PREFIX}%`}`),
        ),
      )
      .orderBy(asc(invoices.id))
      .limit(BACKFILL_BATCH);
    if (batch.length === 0) return filled;
    after = batch[batch.length - 1]!.id;

    const references = batch.flatMap((row) => {
      const reference = paymentReferenceFor(row);
      return reference ? [{ id: row.id, reference }] : [];
    });
    if (references.length > 0) {
      const updated = await db.execute(sql`
        update ${invoices} set payment_reference = v.reference
        from json_to_recordset(${JSON.stringify(references)}::json) as v(id uuid, reference text)
        where ${invoices.id} = v.id and ${invoices.paymentReference} is null
        returning ${invoices.id}`);
      filled += (updated as unknown as unknown[]).length;
    }
  }
}

