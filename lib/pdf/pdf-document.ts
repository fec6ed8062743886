import type { Locale } from '@/lib/i18n/locales';

/** The figures columns of the lines table, after the description. */
export type PdfLineColumn = 'quantity' | 'unitPrice' | 'vat' | 'amount';

/** One line of the table: its description (with the period it covers, if any) and its figures. */
export type PdfLineRow = {
  description: string;
  /** A smaller second line under the description: "Period: 1 March 2026 – 31 March 2026". */
  detail: string | null;
  cells: Record<PdfLineColumn, string>;
};

/** A row under the lines, right-aligned under the amounts; bold rows are totals. */
export type PdfTotalRow = { label: string; value: string; bold?: boolean };

/**
 * Who issues the document. Today the shop's name and support address; the seller's legal identity
 * (legal name, address, VAT number, organisation number, bank account) goes in `lines`, which the
 * layout prints under the name, one a line.
 */
export type PdfSeller = { name: string; lines: string[] };

/**
 * A business document (an invoice, a credit note) as the one PDF layout draws it, every text in
 * it already translated and formatted: the document-specific parts are data, the layout
 * (lib/pdf/render-pdf-document.ts) is shared.
 */
export type PdfDocument = {
  locale: Locale;
  /** "Invoice", "Credit note": printed upper-case at the top right and in the file's title. */
  title: string;
  number: string;
  /** ISO 8601: the file's creation date, fixed so that the same document gives the same bytes. */
  issuedAt: string;
  seller: PdfSeller;
  /** A tilted word over the header: PAID (positive) or VOID (negative). */
  stamp: { word: string; tone: 'positive' | 'negative' } | null;
  billedTo: { label: string; lines: string[] };
  /** Label and value pairs beside the customer: number, dates, reference. */
  facts: Array<[label: string, value: string]>;
  /** Paragraphs between the parties and the lines: a credit note's reason. */
  intro: string[];
  columns: Record<'description' | PdfLineColumn, string>;
  lines: PdfLineRow[];
  totals: PdfTotalRow[];
  /** Sentences under the totals: what is due by when, the payment reference, where money goes. */
  notes: Array<{ text: string; bold?: boolean }>;
  vatSummary: { title: string; header: [string, string, string, string]; rows: Array<[string, string, string, string]> };
  /** The bottom line of every page: the seller, then "Page n of N". */
  footer: { text: string; page: (page: number, pages: number) => string };
};
