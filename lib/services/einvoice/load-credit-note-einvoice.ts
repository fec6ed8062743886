import { ok, type Result } from '@/lib/billing/result';
import { serializeUbl } from '@/lib/einvoice/serialize-ubl';
import type { DomainErrorShape } from '@/lib/errors/domain-error';
import { renderCreditNotePdf } from '@/lib/pdf/render-credit-note-pdf';
import { loadCreditNotePdfInput } from '@/lib/services/credit-notes/load-credit-note-pdf';
import { creditNoteEinvoiceDocument, einvoiceDownloadName } from './einvoice-documents';
import type { InvoiceEinvoice } from './load-invoice-einvoice';

/**
 * One credit note as an EHF / Peppol BIS Billing 3.0 CreditNote (UBL 2.1) naming the invoice it
 * credits, with its PDF embedded, under the seller identity in force on its issue date. Null for
 * no such note (or another customer's, with `scope`); an error names what to fix when the
 * document cannot be made.
 */
export async function loadCreditNoteEinvoice(id: string, scope?: { customerId: string }): Promise<Result<InvoiceEinvoice, DomainErrorShape> | null> {
  const input = await loadCreditNotePdfInput(id, scope);
  if (!input) return null;
  const document = await creditNoteEinvoiceDocument(input, new Uint8Array(await renderCreditNotePdf(input)));
  if (!document.ok) return document;
  return ok({ filename: einvoiceDownloadName(input.creditNote.number), xml: serializeUbl(document.value) });
}
