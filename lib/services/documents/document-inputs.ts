import type { CreditNote, CreditNoteLine, Customer, Invoice, InvoiceLine, SellerIdentityRow, ShopSettings } from '@/db/schema';
import type { CreditNotePdfInput } from '@/lib/pdf/credit-note-pdf-input';
import type { InvoicePdfInput } from '@/lib/pdf/invoice-pdf-input';
import { billedTo, documentShop } from './document-parties';

/**
 * A stored invoice as its PDF (and e-invoice) sees it, from rows already read: one mapping for
 * the single loader (a download, an e-mail) and the month export's batches alike. Null for a
 * draft (no number yet).
 */
export function invoicePdfInputOf(rows: {
  invoice: Invoice;
  customer: Customer;
  lines: InvoiceLine[];
  settings: ShopSettings;
  identity: SellerIdentityRow | null;
}): InvoicePdfInput | null {
  const { invoice, customer, lines } = rows;
  if (!invoice.number || !invoice.issuedAt || invoice.status === 'draft') return null;
  // Invoices from before snapshots were stored show the customer as they are now.
  const party = invoice.customerSnapshot ?? customer;
  return {
    locale: customer.locale,
    shop: documentShop(rows.settings, rows.identity),
    invoice: {
      number: invoice.number,
      status: invoice.status,
      currency: invoice.currency,
      issuedAt: invoice.issuedAt.toISOString(),
      dueAt: invoice.dueAt?.toISOString() ?? null,
      paidAt: invoice.paidAt?.toISOString() ?? null,
      billedTo: billedTo(party),
      lines: lines.map((line) => ({
        description: line.description,
        quantity: line.quantity,
        unitAmountMinor: line.unitAmountMinor,
        amountMinor: line.amountMinor,
        taxRateBp: line.taxRateBp,
        taxMinor: line.taxMinor,
        vatCategory: line.vatCategory,
        periodStart: line.periodStart?.toISOString() ?? null,
        periodEnd: line.periodEnd?.toISOString() ?? null,
      })),
      subtotalMinor: invoice.subtotalMinor,
      taxMinor: invoice.taxMinor,
      totalMinor: invoice.totalMinor,
      amountPaidMinor: invoice.amountPaidMinor,
      creditedMinor: invoice.creditedMinor,
      paymentReference: invoice.paymentReference,
      vatNotes: invoice.vatNotes,
      pricesIncludeVat: invoice.pricesIncludeVat,
    },
  };
}

/** A stored credit note as its PDF (and e-invoice) sees it, from rows already read (see invoicePdfInputOf). */
export function creditNotePdfInputOf(rows: {
  note: CreditNote;
  locale: Customer['locale'];
  invoiceNumber: string | null;
  invoiceIssuedAt: Date | null;
  /** The credited invoice's frozen price mode (null: no invoice found, VAT-inclusive as before). */
  invoicePricesIncludeVat?: boolean | null;
  lines: { line: CreditNoteLine; invoiceLine: InvoiceLine | null }[];
  settings: ShopSettings;
  identity: SellerIdentityRow | null;
}): CreditNotePdfInput {
  const { note } = rows;
  return {
    locale: rows.locale,
    shop: documentShop(rows.settings, rows.identity),
    creditNote: {
      number: note.number,
      invoiceNumber: rows.invoiceNumber ?? '',
      invoiceIssuedAt: rows.invoiceIssuedAt?.toISOString() ?? null,
      currency: note.currency,
      issuedAt: note.issuedAt.toISOString(),
      reason: note.reason,
      disposition: note.disposition,
      billedTo: billedTo(note.customerSnapshot),
      lines: rows.lines.map(({ line, invoiceLine }) => ({
        description: line.description,
        quantity: line.quantity,
        // A whole invoice line keeps its unit price; a part of one is one unit of that part.
        unitAmountMinor: invoiceLine && line.quantity === invoiceLine.quantity && line.quantity > 1 ? invoiceLine.unitAmountMinor : line.amountMinor,
        amountMinor: line.amountMinor,
        taxRateBp: line.taxRateBp,
        taxMinor: line.taxMinor,
        // Mirrors the invoice line's category (credit notes written before they were stored read it there).
        vatCategory: line.vatCategory ?? invoiceLine?.vatCategory ?? null,
        periodStart: invoiceLine?.periodStart?.toISOString() ?? null,
        periodEnd: invoiceLine?.periodEnd?.toISOString() ?? null,
      })),
      subtotalMinor: note.subtotalMinor,
      taxMinor: note.taxMinor,
      totalMinor: note.totalMinor,
      vatNotes: note.vatNotes,
      pricesIncludeVat: rows.invoicePricesIncludeVat ?? true,
    },
  };
}
