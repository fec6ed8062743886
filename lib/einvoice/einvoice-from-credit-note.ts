import type { CreditNotePdfInput } from '@/lib/pdf/credit-note-pdf-input';
import type { EinvoiceInput } from './document';
import { einvoiceLinesOf } from './einvoice-lines';
import { buyerOf, paymentOf, sellerOf, shopDay, type StoredSellerIdentity } from './einvoice-parties';

/**
 * A stored credit note as an e-invoice input (a Peppol CreditNote): the same lines, amounts and
 * parties as its PDF, amounts positive (a CreditNote is a credit by its type, 381, not by its
 * signs), naming the invoice it credits (BG-3). Lines map as an invoice's do (einvoice-lines), with
 * the categories and notes of the invoice they credit.
 */
export function einvoiceFromCreditNote(
  source: CreditNotePdfInput['creditNote'],
  seller: StoredSellerIdentity | null,
  options: { timeZone: string; pdf?: Uint8Array },
): EinvoiceInput {
  const { lines, allowances } = einvoiceLinesOf(source.lines, options.timeZone, source.vatNotes);
  const party = source.billedTo;
  return {
    kind: 'credit-note',
    number: source.number,
    issueDate: shopDay(source.issuedAt, options.timeZone),
    currency: source.currency,
    pricesIncludeVat: true,
    buyerReference: party.name,
    note: source.reason,
    seller: seller ? sellerOf(seller) : {},
    buyer: buyerOf(party),
    lines,
    ...(allowances.length > 0 ? { allowanceCharges: allowances } : {}),
    // Money goes back by transfer or to the balance: the means, without a payment reference.
    ...(seller ? { payment: { means: paymentOf(seller, source.currency).means } } : {}),
    ...(options.pdf ? { attachment: { filename: `${source.number}.pdf`, pdf: options.pdf } } : {}),
    creditsInvoice: {
      number: source.invoiceNumber,
      ...(source.invoiceIssuedAt ? { issueDate: shopDay(source.invoiceIssuedAt, options.timeZone) } : {}),
    },
  };
}
