import type { InvoicePdfInput } from '@/lib/pdf/invoice-pdf-input';
import type { EinvoiceInput } from './document';
import { einvoiceLinesOf, splitOutsideScope } from './einvoice-lines';
import { buyerOf, paymentOf, sellerOf, shopDay, type StoredSellerIdentity } from './einvoice-parties';

export type { StoredSellerIdentity } from './einvoice-parties';

type Options = { timeZone: string; pdf?: Uint8Array };

/**
 * A stored, finalised invoice as an e-invoice input: the same lines, amounts and parties as its
 * PDF (amounts VAT-inclusive or net, as the shop priced them and the invoice froze), each line with the VAT category it was
 * written with and the invoice's legal notes (reverse charge, export), so the EHF and the PDF
 * say the same.
 *
 * NOTE: reminder fees (category O) added to an invoice by dunning are not part of its e-invoice:
 * EN 16931 forbids O beside any other category (BR-O-11..14), so they are a document of their own
 * (reminderFeeEinvoice). What was paid counts against the invoice first, then the fees.
 */
export function einvoiceFromInvoice(source: InvoicePdfInput['invoice'], seller: StoredSellerIdentity | null, options: Options): EinvoiceInput {
  const { charged } = splitOutsideScope(source.lines);
  const total = charged.reduce((sum, line) => sum + line.amountMinor, 0);
  return documentOf(source, seller, options, { number: source.number, stored: charged, paidMinor: Math.min(source.amountPaidMinor, total) });
}

/**
 * The reminder fees dunning added to an invoice, as their own e-invoice (category O only, no VAT
 * ids: BR-O-02), numbered after the invoice with "-F"; null when the invoice has none.
 */
export function reminderFeeEinvoice(source: InvoicePdfInput['invoice'], seller: StoredSellerIdentity | null, options: Options): EinvoiceInput | null {
  const { charged, outside } = splitOutsideScope(source.lines);
  if (outside.length === 0) return null;
  const invoiceTotal = charged.reduce((sum, line) => sum + line.amountMinor, 0);
  const paidMinor = Math.max(0, source.amountPaidMinor - invoiceTotal);
  return {
    ...documentOf(source, seller, { timeZone: options.timeZone }, { number: `${source.number}-F`, stored: outside, paidMinor }),
    note: `Reminder fees for invoice ${source.number}`,
    orderReference: source.number,
  };
}

function documentOf(
  source: InvoicePdfInput['invoice'],
  seller: StoredSellerIdentity | null,
  options: Options,
  part: { number: string; stored: InvoicePdfInput['invoice']['lines']; paidMinor: number },
): EinvoiceInput {
  const day = (iso: string) => shopDay(iso, options.timeZone);
  const pricesIncludeVat = source.pricesIncludeVat ?? true;
  const { lines, allowances } = einvoiceLinesOf(part.stored, options.timeZone, source.vatNotes, pricesIncludeVat);
  const party = source.billedTo;
  return {
    kind: 'invoice',
    number: part.number,
    issueDate: day(source.issuedAt),
    ...(source.dueAt ? { dueDate: day(source.dueAt) } : {}),
    currency: source.currency,
    // As frozen on the invoice: a document issued before the shop switched keeps its meaning.
    pricesIncludeVat,
    // The person the invoice is for: what Norwegian and Dutch buyers route an invoice by.
    buyerReference: party.name,
    seller: seller ? sellerOf(seller) : {},
    buyer: buyerOf(party),
    lines,
    ...(allowances.length > 0 ? { allowanceCharges: allowances } : {}),
    ...(part.paidMinor > 0 ? { paidMinor: part.paidMinor } : {}),
    ...(seller ? { payment: paymentOf(seller, source.currency, source.paymentReference) } : {}),
    ...(options.pdf ? { attachment: { filename: `${source.number}.pdf`, pdf: options.pdf } } : {}),
  };
}
