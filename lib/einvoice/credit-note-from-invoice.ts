import type { EinvoiceInput } from './document';

/**
 * A credit note for an invoice (all of it, or the lines named): the same lines, prices, VAT
 * categories and exemption notes, so the credit mirrors the charge category by category, and a
 * reference to the invoice it credits (BG-3). Amounts stay positive: a CreditNote is a credit by
 * its type (381), not by its signs.
 */
export function creditNoteFromInvoice(
  invoice: EinvoiceInput,
  credit: { number: string; issueDate: string; lineIds?: readonly string[]; note?: string },
): EinvoiceInput {
  const wanted = credit.lineIds ? new Set(credit.lineIds) : null;
  const lines = invoice.lines.filter((line) => !wanted || wanted.has(line.id));
  return {
    ...invoice,
    kind: 'credit-note',
    number: credit.number,
    issueDate: credit.issueDate,
    dueDate: undefined,
    note: credit.note,
    lines,
    // Document-level allowances and charges belong to the whole invoice: credited with it only.
    allowanceCharges: wanted ? [] : invoice.allowanceCharges,
    paidMinor: 0,
    payment: invoice.payment?.means === 'card' ? undefined : invoice.payment && { means: invoice.payment.means },
    attachment: undefined,
    creditsInvoice: { number: invoice.number, issueDate: invoice.issueDate },
  };
}
