import type { CreditNotePdfInput } from '@/lib/pdf/credit-note-pdf-input';
import type { EinvoiceInput } from './document';
import { einvoiceLinesOf, splitOutsideScope } from './einvoice-lines';
import { buyerOf, paymentOf, sellerOf, shopDay, type StoredSellerIdentity } from './einvoice-parties';

type Options = { timeZone: string; pdf?: Uint8Array };
type Source = CreditNotePdfInput['creditNote'];

/**
 * A stored credit note as an e-invoice input (a Peppol CreditNote): the same lines, amounts and
 * parties as its PDF, amounts positive (a CreditNote is a credit by its type, 381, not by its
 * signs), naming the invoice it credits (BG-3). Lines map as an invoice's do (einvoice-lines), with
 * the categories and notes of the invoice they credit.
 *
 * NOTE: it mirrors its invoice's e-invoices: the reminder fees (category O) credited with it are
 * not part of it, as they were not part of the invoice's (EN 16931 allows no other category beside
 * O, BR-O-11..14): they are credited by a document of their own (reminderFeeCreditNoteEinvoice)
 * naming the fees' own document, "<invoice>-F".
 */
export function einvoiceFromCreditNote(source: Source, seller: StoredSellerIdentity | null, options: Options): EinvoiceInput {
  const { charged } = splitOutsideScope(source.lines);
  return documentOf(source, seller, options, { number: source.number, stored: charged, credits: source.invoiceNumber });
}

/**
 * The reminder fees a credit note takes back, as a CreditNote of their own (category O only),
 * numbered after the note with "-F" and crediting the invoice's fee document ("<invoice>-F", see
 * reminderFeeEinvoice); null when the note credits no fees beside other lines.
 */
export function reminderFeeCreditNoteEinvoice(source: Source, seller: StoredSellerIdentity | null, options: Options): EinvoiceInput | null {
  const { outside } = splitOutsideScope(source.lines);
  if (outside.length === 0) return null;
  return {
    ...documentOf(source, seller, { timeZone: options.timeZone }, { number: `${source.number}-F`, stored: outside, credits: `${source.invoiceNumber}-F` }),
    note: source.reason ? `Reminder fees credited: ${source.reason}` : `Reminder fees for invoice ${source.invoiceNumber} credited`,
  };
}

function documentOf(
  source: Source,
  seller: StoredSellerIdentity | null,
  options: Options,
  part: { number: string; stored: Source['lines']; credits: string },
): EinvoiceInput {
  // The credited invoice's price mode: the note mirrors its lines.
  const pricesIncludeVat = source.pricesIncludeVat ?? true;
  const { lines, allowances } = einvoiceLinesOf(part.stored, options.timeZone, source.vatNotes, pricesIncludeVat);
  const party = source.billedTo;
  return {
    kind: 'credit-note',
    number: part.number,
    issueDate: shopDay(source.issuedAt, options.timeZone),
    currency: source.currency,
    pricesIncludeVat,
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
      number: part.credits,
      ...(source.invoiceIssuedAt ? { issueDate: shopDay(source.invoiceIssuedAt, options.timeZone) } : {}),
    },
  };
}
