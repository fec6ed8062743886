import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { creditNoteLines, creditNotes, invoiceLines } from '@/db/schema';
import type { CreditableInvoiceLine } from '@/lib/billing/unused-term-credit';

/** The invoice's lines in order, each with what earlier credit notes already took back from it. */
export async function loadCreditableLines(db: DbOrTx, invoiceId: string): Promise<CreditableInvoiceLine[]> {
  const credited = db
    .select({
      invoiceLineId: creditNoteLines.invoiceLineId,
      amountMinor: sql<string>`sum(${creditNoteLines.amountMinor})`.as('credited_amount'),
      taxMinor: sql<string>`sum(${creditNoteLines.taxMinor})`.as('credited_tax'),
    })
    .from(creditNoteLines)
    .innerJoin(creditNotes, eq(creditNoteLines.creditNoteId, creditNotes.id))
    .where(eq(creditNotes.invoiceId, invoiceId))
    .groupBy(creditNoteLines.invoiceLineId)
    .as('credited');
  const rows = await db
    .select({ line: invoiceLines, creditedMinor: credited.amountMinor, creditedTaxMinor: credited.taxMinor })
    .from(invoiceLines)
    .leftJoin(credited, eq(credited.invoiceLineId, invoiceLines.id))
    .where(eq(invoiceLines.invoiceId, invoiceId))
    .orderBy(asc(invoiceLines.position));
  return rows.map(({ line, creditedMinor, creditedTaxMinor }) => ({
    invoiceLineId: line.id,
    kind: line.kind,
    description: line.description,
    quantity: line.quantity,
    amountMinor: line.amountMinor,
    taxRateBp: line.taxRateBp,
    taxMinor: line.taxMinor,
    vatCategory: line.vatCategory,
    creditedMinor: Number(creditedMinor ?? 0),
    creditedTaxMinor: Number(creditedTaxMinor ?? 0),
  }));
}
