import type { InvoicePdfInput } from '@/lib/pdf/invoice-pdf-input';
import type { EinvoiceInput } from './document';
import { buyerOf, linesOf, paymentOf, sellerOf, shopDay, type StoredSellerIdentity } from './einvoice-parties';

export type { StoredSellerIdentity } from './einvoice-parties';

/**
 * A stored, finalised invoice as an e-invoice input: the same lines, amounts and parties as its
 * PDF (amounts VAT-inclusive, as the shop priced them), so the EHF and the PDF say the same.
 *
 * NOTE: invoice lines store their VAT rate, not a category: a rate above 0 is S, a 0 % line is
 * zero-rated (Z). Reverse charge, export and reminder fees outside the scope of VAT need the
 * category stored on the line (left for the VAT work); until then such documents are what the
 * invoice itself says. A discount line (negative) becomes a document allowance, since a Peppol
 * line's price may not be negative (BR-27).
 */
export function einvoiceFromInvoice(
  source: InvoicePdfInput['invoice'],
  seller: StoredSellerIdentity | null,
  options: { timeZone: string; pdf?: Uint8Array },
): EinvoiceInput {
  const day = (iso: string) => shopDay(iso, options.timeZone);
  const { lines, allowances } = linesOf(source.lines, options.timeZone);
  const party = source.billedTo;

  return {
    kind: 'invoice',
    number: source.number,
    issueDate: day(source.issuedAt),
    ...(source.dueAt ? { dueDate: day(source.dueAt) } : {}),
    currency: source.currency,
    pricesIncludeVat: true,
    // The person the invoice is for: what Norwegian and Dutch buyers route an invoice by.
    buyerReference: party.name,
    seller: seller ? sellerOf(seller) : {},
    buyer: buyerOf(party),
    lines,
    ...(allowances.length > 0 ? { allowanceCharges: allowances } : {}),
    ...(source.amountPaidMinor > 0 ? { paidMinor: source.amountPaidMinor } : {}),
    ...(seller ? { payment: paymentOf(seller, source.currency, source.paymentReference) } : {}),
    ...(options.pdf ? { attachment: { filename: `${source.number}.pdf`, pdf: options.pdf } } : {}),
  };
}
