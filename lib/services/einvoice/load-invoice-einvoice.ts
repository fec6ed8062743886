import { ok, type Result } from '@/lib/billing/result';
import { serializeUbl } from '@/lib/einvoice/serialize-ubl';
import type { DomainErrorShape } from '@/lib/errors/domain-error';
import { renderInvoicePdf } from '@/lib/pdf/render-invoice-pdf';
import { loadInvoicePdfInput } from '@/lib/services/email/load-invoice-pdf';
import { einvoiceDownloadName, invoiceEinvoiceDocument } from './einvoice-documents';

export type InvoiceEinvoice = { filename: string; xml: string };

/**
 * One finalised invoice as an EHF / Peppol BIS Billing 3.0 document (UBL 2.1), with its PDF
 * embedded, under the seller identity in force on its issue date. Null for no such invoice (or
 * another customer's, with `scope`). A document the rules would refuse is not made: the error
 * names what to fix, e.g. each missing shop setting.
 */
export async function loadInvoiceEinvoice(id: string, scope?: { customerId: string }): Promise<Result<InvoiceEinvoice, DomainErrorShape> | null> {
  const input = await loadInvoicePdfInput(id, scope);
  if (!input) return null;
  const document = await invoiceEinvoiceDocument(input, input.invoice.status === 'void' ? undefined : new Uint8Array(await renderInvoicePdf(input)));
  if (!document.ok) return document;
  return ok({ filename: einvoiceDownloadName(input.invoice.number), xml: serializeUbl(document.value) });
}
