import type { PostalAddress } from '@/components/ui/postal-address';
import type { InvoiceDocumentCreditNote, InvoiceDocumentData, InvoiceDocumentLine, InvoiceDocumentPayment, InvoiceFollowUp } from './invoice-document-types';

/** The invoice fields the document shows, as any invoice row has them. */
type InvoiceFields = Pick<
  InvoiceDocumentData,
  | 'number'
  | 'status'
  | 'currency'
  | 'issuedAt'
  | 'dueAt'
  | 'paidAt'
  | 'paymentReference'
  | 'subtotalMinor'
  | 'taxMinor'
  | 'totalMinor'
  | 'amountPaidMinor'
  | 'creditedMinor'
> & { customerSnapshot: PostalAddress | null };

type CreditNoteFields = Omit<InvoiceDocumentCreditNote, 'pdfHref'>;

/**
 * The document's data from an invoice, its lines, payments and credit notes as the page loaded
 * them; `creditNotePdf` is where the reader downloads a credit note (their own route).
 */
export function invoiceDocumentOf(parts: {
  invoice: InvoiceFields;
  openMinor: number;
  lines: InvoiceDocumentLine[];
  payments: InvoiceDocumentPayment[];
  creditNotes: CreditNoteFields[];
  creditNotePdf: (creditNoteId: string) => string;
  followUp?: InvoiceFollowUp | null;
}): InvoiceDocumentData {
  const { invoice, creditNotePdf } = parts;
  return {
    number: invoice.number,
    status: invoice.status,
    currency: invoice.currency,
    issuedAt: invoice.issuedAt,
    dueAt: invoice.dueAt,
    paidAt: invoice.paidAt,
    paymentReference: invoice.paymentReference,
    billTo: invoice.customerSnapshot,
    subtotalMinor: invoice.subtotalMinor,
    taxMinor: invoice.taxMinor,
    totalMinor: invoice.totalMinor,
    amountPaidMinor: invoice.amountPaidMinor,
    creditedMinor: invoice.creditedMinor,
    openMinor: parts.openMinor,
    lines: parts.lines,
    payments: parts.payments,
    creditNotes: parts.creditNotes.map((note) => ({ ...note, pdfHref: creditNotePdf(note.id) })),
    followUp: parts.followUp ?? null,
  };
}
