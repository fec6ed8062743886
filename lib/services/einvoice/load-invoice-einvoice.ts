import { getSellerIdentity } from '@/db/queries/settings/get-seller-identity';
import { err, ok, type Result } from '@/lib/billing/result';
import { buildEinvoiceDocument } from '@/lib/einvoice/build-document';
import { einvoiceFromInvoice } from '@/lib/einvoice/einvoice-from-invoice';
import { serializeUbl } from '@/lib/einvoice/serialize-ubl';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { renderInvoicePdf } from '@/lib/pdf/render-invoice-pdf';
import { loadInvoicePdfInput } from '@/lib/services/email/load-invoice-pdf';

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
  if (input.invoice.status === 'void') return err(domainError('invoice-void', 'A voided invoice has no e-invoice.'));
  const [seller, pdf] = await Promise.all([getSellerIdentity(new Date(input.invoice.issuedAt)), renderInvoicePdf(input)]);
  const built = buildEinvoiceDocument(einvoiceFromInvoice(input.invoice, seller, { timeZone: input.shop.timeZone, pdf: new Uint8Array(pdf) }));
  if (!built.ok) return err(domainError(built.error.code, built.error.message));
  return ok({ filename: `${input.invoice.number.replace(/[^\w.-]+/g, '-')}.xml`, xml: serializeUbl(built.value) });
}
