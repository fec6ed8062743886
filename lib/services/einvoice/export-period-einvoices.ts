import type { Writable } from 'node:stream';
import { db as defaultDb, type DbOrTx } from '@/db/client';
import type { EinvoiceDocument } from '@/lib/einvoice/document';
import { exportEinvoicesZip, type ExportProblem } from '@/lib/einvoice/export-einvoices-zip';
import {
  creditNoteEinvoiceDocument,
  invoiceEinvoiceDocument,
  reminderFeeCreditNoteEinvoiceDocument,
  reminderFeeEinvoiceDocument,
  type EinvoiceResult,
} from './einvoice-documents';
import { periodCreditNoteInputs, periodInvoiceInputs } from './load-document-batches';

type Window = { from: Date; to: Date };

const itemOf = (result: EinvoiceResult, kind: EinvoiceDocument['kind'], number: string): EinvoiceDocument | ExportProblem =>
  result.ok ? result.value : { kind, number, problem: result.error.message };

/**
 * Every invoice and credit note issued in the window as e-invoice documents, read in batches
 * (load-document-batches: keyset pages, all lines of a page in one query) and made one at a time
 * (without their PDFs: the accountant's system books the XML). Reminder fees dunning added to an
 * invoice, and those a credit note takes back, follow it as a document of their own (category O). A document that cannot be made (a
 * voided invoice, a seller identity missing on its date) is a problem naming why, not the end of
 * the export.
 */
export async function* periodEinvoices(window: Window, db: DbOrTx = defaultDb): AsyncGenerator<EinvoiceDocument | ExportProblem> {
  for await (const batch of periodInvoiceInputs(db, window)) {
    for (const input of batch) {
      yield itemOf(invoiceEinvoiceDocument(input), 'invoice', input.invoice.number);
      const fees = reminderFeeEinvoiceDocument(input);
      if (fees) yield itemOf(fees, 'invoice', `${input.invoice.number}-F`);
    }
  }
  for await (const batch of periodCreditNoteInputs(db, window)) {
    for (const input of batch) {
      yield itemOf(creditNoteEinvoiceDocument(input), 'credit-note', input.creditNote.number);
      const fees = reminderFeeCreditNoteEinvoiceDocument(input);
      if (fees) yield itemOf(fees, 'credit-note', `${input.creditNote.number}-F`);
    }
  }
}

/** A period's invoices and credit notes as one zip of UBL XML, streamed to `out` (see periodEinvoices). */
export function exportPeriodEinvoices(window: Window, out: Writable, db: DbOrTx = defaultDb): Promise<{ count: number; bytes: number }> {
  return exportEinvoicesZip(periodEinvoices(window, db), out);
}
