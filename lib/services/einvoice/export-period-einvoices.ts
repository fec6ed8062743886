import type { Writable } from 'node:stream';
import { and, asc, eq, gt, gte, lt, ne, or, type SQL } from 'drizzle-orm';
import { db as defaultDb, type DbOrTx } from '@/db/client';
import { creditNotes, invoices } from '@/db/schema';
import type { EinvoiceDocument } from '@/lib/einvoice/document';
import { exportEinvoicesZip, type ExportProblem } from '@/lib/einvoice/export-einvoices-zip';
import { loadCreditNotePdfInput } from '@/lib/services/credit-notes/load-credit-note-pdf';
import { loadInvoicePdfInput } from '@/lib/services/email/load-invoice-pdf';
import { creditNoteEinvoiceDocument, invoiceEinvoiceDocument, type EinvoiceResult } from './einvoice-documents';

/** How many document ids one page of the keyset reads. */
const PAGE = 200;

type Window = { from: Date; to: Date };
type Keyed = { id: string; issuedAt: Date | null };

/**
 * The ids of a table's documents issued in the window, in (issued, id) order, one page at a time:
 * each page starts after the last key of the one before (keyset paging), so memory stays flat
 * and a document added meanwhile is neither skipped nor read twice.
 */
async function* keysetIds(page: (after: { issuedAt: Date; id: string } | null) => Promise<Keyed[]>): AsyncGenerator<string> {
  let after: { issuedAt: Date; id: string } | null = null;
  for (;;) {
    const rows = await page(after);
    for (const row of rows) yield row.id;
    const last = rows.at(-1);
    if (rows.length < PAGE || !last?.issuedAt) return;
    after = { issuedAt: last.issuedAt, id: last.id };
  }
}

function after(table: typeof invoices | typeof creditNotes, key: { issuedAt: Date; id: string } | null): SQL | undefined {
  return key ? or(gt(table.issuedAt, key.issuedAt), and(eq(table.issuedAt, key.issuedAt), gt(table.id, key.id))) : undefined;
}

const itemOf = (result: EinvoiceResult, kind: EinvoiceDocument['kind'], number: string): EinvoiceDocument | ExportProblem =>
  result.ok ? result.value : { kind, number, problem: result.error.message };

/**
 * Every invoice and credit note issued in the window as e-invoice documents, read in keyset pages
 * and made one at a time (without their PDFs: the accountant's system books the XML). A document
 * that cannot be made (a voided invoice, a seller identity missing on its date) is a problem
 * naming why, not the end of the export.
 */
export async function* periodEinvoices(window: Window, db: DbOrTx = defaultDb): AsyncGenerator<EinvoiceDocument | ExportProblem> {
  const invoiceIds = keysetIds((key) =>
    db
      .select({ id: invoices.id, issuedAt: invoices.issuedAt })
      .from(invoices)
      .where(and(ne(invoices.status, 'draft'), gte(invoices.issuedAt, window.from), lt(invoices.issuedAt, window.to), after(invoices, key)))
      .orderBy(asc(invoices.issuedAt), asc(invoices.id))
      .limit(PAGE),
  );
  for await (const id of invoiceIds) {
    const input = await loadInvoicePdfInput(id, undefined, db);
    if (input) yield itemOf(await invoiceEinvoiceDocument(input), 'invoice', input.invoice.number);
  }

  const creditNoteIds = keysetIds((key) =>
    db
      .select({ id: creditNotes.id, issuedAt: creditNotes.issuedAt })
      .from(creditNotes)
      .where(and(gte(creditNotes.issuedAt, window.from), lt(creditNotes.issuedAt, window.to), after(creditNotes, key)))
      .orderBy(asc(creditNotes.issuedAt), asc(creditNotes.id))
      .limit(PAGE),
  );
  for await (const id of creditNoteIds) {
    const input = await loadCreditNotePdfInput(id, undefined, db);
    if (input) yield itemOf(await creditNoteEinvoiceDocument(input), 'credit-note', input.creditNote.number);
  }
}

/** A period's invoices and credit notes as one zip of UBL XML, streamed to `out` (see periodEinvoices). */
export function exportPeriodEinvoices(window: Window, out: Writable, db: DbOrTx = defaultDb): Promise<{ count: number; bytes: number }> {
  return exportEinvoicesZip(periodEinvoices(window, db), out);
}
