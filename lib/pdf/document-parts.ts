import type { VatNotes } from '@/lib/billing/vat/document-vat';
import type { VatCategoryCode } from '@/lib/billing/vat/vat-category';
import { createFormatter, type Formatter } from '@/lib/i18n/create-formatter';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { InvoicePdfLine, InvoicePdfParty, PdfShop } from './invoice-pdf-input';
import { partyLines } from './party-lines';
import { sellerParts } from './seller-lines';
import type { PdfDocument, PdfTotalRow } from './pdf-document';
import { vatRateLabel, vatSummary } from './vat-summary';

/** What an invoice and a credit note both show, from what both store. */
export type DocumentFigures = {
  currency: string;
  billedTo: InvoicePdfParty;
  lines: InvoicePdfLine[];
  /** Excluding VAT; subtotal + tax = total. */
  subtotalMinor: number;
  totalMinor: number;
  vatNotes?: VatNotes | null;
  /** false: priced from net prices, so each line shows its net (quantity x unit price). */
  pricesIncludeVat?: boolean;
};

type SharedParts = {
  parts: Pick<PdfDocument, 'locale' | 'seller' | 'billedTo' | 'columns' | 'lines' | 'vatSummary' | 'footer'>;
  /** Subtotal, VAT per rate, total: the document adds its own rows after these. */
  totals: PdfTotalRow[];
  /** The customer's formats in the shop's time zone, and amounts in the document's currency. */
  format: Formatter;
  money: (minor: number) => string;
  /** The legal notes of the document's VAT categories (reverse charge, export...), for its notes. */
  vatNotes: PdfDocument['notes'];
};

/**
 * The parts every document has, translated and formatted in the customer's language and the
 * shop's time zone: the seller, the customer, the lines with their periods, the totals with VAT
 * per rate, the VAT summary and the footer.
 */
export function documentParts(locale: Locale, shop: PdfShop, figures: DocumentFigures): SharedParts {
  const d = getTranslator(locale, 'documents');
  const format = createFormatter(locale, shop.timeZone);
  const money = (minor: number) => format.money(minor, figures.currency);
  const summary = vatSummary(figures.lines);
  const seller = sellerParts(shop, locale);
  const parts: SharedParts['parts'] = {
    locale,
    seller: seller.seller,
    billedTo: { label: d('billedTo'), lines: partyLines(figures.billedTo, locale) },
    columns: {
      description: d('columns.description'),
      quantity: d('columns.quantity'),
      unitPrice: d('columns.unitPrice'),
      vat: d('columns.vat'),
      amount: d('columns.amount'),
    },
    lines: figures.lines.map((line) => ({
      description: line.description,
      detail:
        line.periodStart && line.periodEnd
          ? d('period', { start: format.date(line.periodStart), end: format.lastDay(line.periodEnd) })
          : null,
      cells: {
        quantity: String(line.quantity),
        unitPrice: money(line.unitAmountMinor),
        vat: format.rate(line.taxRateBp),
        // NOTE: a net-price document's lines read as its e-invoice's: net amounts, VAT in the summary.
        amount: money(figures.pricesIncludeVat === false ? line.amountMinor - line.taxMinor : line.amountMinor),
      },
    })),
    vatSummary: {
      title: d('vatSummary'),
      header: [d('vatColumns.rate'), d('vatColumns.net'), d('vatColumns.vat'), d('vatColumns.gross')],
      rows: summary.map((row) => [vatRateLabel(row, format.rate), money(row.netMinor), money(row.taxMinor), money(row.grossMinor)]),
    },
    footer: { text: seller.footer, page: (page, pages) => d('page', { page: String(page), pages: String(pages) }) },
  };
  const totals: PdfTotalRow[] = [
    { label: d('subtotal'), value: money(figures.subtotalMinor) },
    ...summary.map((row) => ({ label: d('vatAt', { rate: vatRateLabel(row, format.rate) }), value: money(row.taxMinor) })),
    { label: d('total'), value: money(figures.totalMinor), bold: true },
  ];
  // NOTE: the law's wording (Art. 226(11a) "Reverse charge", the export ground) as stored when
  // the document was written, so a document printed again says what it said when issued.
  const categories = new Set(summary.map((row) => row.category));
  const vatNotes = Object.entries(figures.vatNotes ?? {})
    .filter(([category]) => categories.has(category as VatCategoryCode))
    .map(([, text]) => ({ text: text as string }));
  return { parts, totals, format, money, vatNotes };
}
