import type { VatNotes } from '@/lib/billing/vat/document-vat';
import type { Locale } from '@/lib/i18n/locales';
import type { InvoicePdfLine, InvoicePdfParty, PdfShop } from './invoice-pdf-input';

/**
 * Everything a credit note's PDF shows, as plain JSON-able data: the renderer never queries.
 * Lines are invoice-PDF lines (positive amounts, VAT included, the invoice line's period), so the
 * invoice PDF's VAT summary reads them unchanged.
 */
export type CreditNotePdfInput = {
  locale: Locale;
  shop: PdfShop;
  creditNote: {
    number: string;
    invoiceNumber: string;
    /** ISO 8601: the credited invoice's issue date (the e-invoice's reference to it, BG-3). */
    invoiceIssuedAt?: string | null;
    currency: string;
    /** ISO 8601. */
    issuedAt: string;
    reason: string;
    disposition: 'refund' | 'balance' | 'reduce_open';
    billedTo: InvoicePdfParty;
    lines: InvoicePdfLine[];
    subtotalMinor: number;
    taxMinor: number;
    totalMinor: number;
    /** The credited invoice's notes per VAT category (reverse charge, export...). */
    vatNotes?: VatNotes | null;
    /** The credited invoice's price mode, which the note mirrors (absent: VAT-inclusive). */
    pricesIncludeVat?: boolean;
  };
};
