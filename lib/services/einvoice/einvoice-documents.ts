import { err, ok, type Result } from '@/lib/billing/result';
import { buildEinvoiceDocument } from '@/lib/einvoice/build-document';
import type { EinvoiceDocument, EinvoiceInput } from '@/lib/einvoice/document';
import { einvoiceFromCreditNote, reminderFeeCreditNoteEinvoice } from '@/lib/einvoice/einvoice-from-credit-note';
import { einvoiceFromInvoice, reminderFeeEinvoice } from '@/lib/einvoice/einvoice-from-invoice';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import type { CreditNotePdfInput } from '@/lib/pdf/credit-note-pdf-input';
import type { InvoicePdfInput } from '@/lib/pdf/invoice-pdf-input';

export type EinvoiceResult = Result<EinvoiceDocument, DomainErrorShape>;

function built(input: EinvoiceInput): EinvoiceResult {
  const document = buildEinvoiceDocument(input);
  if (document.ok) return ok(document.value);
  const { code, message } = document.error;
  // The missing settings by key, so the dashboard can name each in the staff member's language.
  const missing = 'missing' in document.error ? { missing: document.error.missing.map((setting) => setting.key).join(',') } : undefined;
  return err(domainError(code, message, undefined, missing));
}

/**
 * A stored invoice as a checked e-invoice document under the seller identity in force on its
 * issue date, with `pdf` embedded when given. A voided invoice has none; a document the rules
 * would refuse is an error naming what to fix (e.g. each missing shop setting).
 */
export function invoiceEinvoiceDocument(input: InvoicePdfInput, pdf?: Uint8Array): EinvoiceResult {
  if (input.invoice.status === 'void') return err(domainError('invoice-void', 'A voided invoice has no e-invoice.'));
  // The seller in force on the issue date, as the loader read it for the PDF.
  return built(einvoiceFromInvoice(input.invoice, input.shop.identity ?? null, { timeZone: input.shop.timeZone, ...(pdf ? { pdf } : {}) }));
}

/** The reminder fees dunning added to a stored invoice as their own e-invoice (category O); null when it has none. */
export function reminderFeeEinvoiceDocument(input: InvoicePdfInput): EinvoiceResult | null {
  if (input.invoice.status === 'void') return null;
  const fees = reminderFeeEinvoice(input.invoice, input.shop.identity ?? null, { timeZone: input.shop.timeZone });
  return fees && built(fees);
}

/** A stored credit note as a checked e-invoice document (a CreditNote), as invoiceEinvoiceDocument. */
export function creditNoteEinvoiceDocument(input: CreditNotePdfInput, pdf?: Uint8Array): EinvoiceResult {
  return built(einvoiceFromCreditNote(input.creditNote, input.shop.identity ?? null, { timeZone: input.shop.timeZone, ...(pdf ? { pdf } : {}) }));
}

/** The reminder fees a stored credit note takes back, as their own CreditNote (category O); null when it credits none beside other lines. */
export function reminderFeeCreditNoteEinvoiceDocument(input: CreditNotePdfInput): EinvoiceResult | null {
  const fees = reminderFeeCreditNoteEinvoice(input.creditNote, input.shop.identity ?? null, { timeZone: input.shop.timeZone });
  return fees && built(fees);
}

/** A document's download name: its number, file-safe. */
export const einvoiceDownloadName = (number: string) => `${number.replace(/[^\w.-]+/g, '-')}.xml`;
