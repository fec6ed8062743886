import type { PostalAddress } from '@/components/ui/postal-address';

/** Who reads the invoice: the shop's staff see how each payment came in and their own notes. */
export type InvoiceAudience = 'merchant' | 'customer';

export type InvoiceDocumentLine = {
  id: string;
  kind: string;
  description: string;
  periodStart: Date | null;
  periodEnd: Date | null;
  quantity: number;
  unitAmountMinor: number;
  taxRateBp: number;
  amountMinor: number;
};

export type InvoiceDocumentPayment = {
  id: string;
  /** When the money arrived, or when the attempt was made if it never did. */
  date: Date | string;
  /** How it came in (checkout, autopay, by hand, …); shown to staff. */
  source?: string;
  method: string;
  status: string;
  amountMinor: number;
  currency: string;
  /** Staff only: the bank reference, and notes such as who registered it or why it failed. */
  reference?: string | null;
  notes?: string[];
};

export type InvoiceDocumentCreditNote = {
  id: string;
  number: string;
  issuedAt: Date | string;
  reason: string;
  totalMinor: number;
  currency: string;
  /** The credit note as a PDF (each audience has its own download route). */
  pdfHref: string;
};

/** One invoice as a document: plain data, the same for the merchant and for Min Side. */
export type InvoiceDocumentData = {
  number: string | null;
  status: string;
  currency: string;
  issuedAt: Date | null;
  dueAt: Date | null;
  paidAt: Date | null;
  paymentReference: string | null;
  /** The name and address frozen on the invoice; a draft has none yet. */
  billTo: PostalAddress | null;
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
  amountPaidMinor: number;
  creditedMinor: number;
  /** What is still owed: total, less payments and credit notes. */
  openMinor: number;
  lines: InvoiceDocumentLine[];
  payments: InvoiceDocumentPayment[];
  creditNotes: InvoiceDocumentCreditNote[];
  /** An order waiting for its money: the reminders sent and when it was cancelled unpaid. */
  followUp?: InvoiceFollowUp | null;
};

export type InvoiceFollowUp = { reminders: number; lastReminderAt: Date | null; cancelledAt: Date | null };
