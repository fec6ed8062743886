import { amountOwed } from '@/lib/billing/amount-owed';
import { getTranslator } from '@/lib/i18n/translator';
import { documentParts } from './document-parts';
import type { InvoicePdfInput } from './invoice-pdf-input';
import type { PdfDocument } from './pdf-document';
import { renderPdfDocument, type RenderPdfOptions } from './render-pdf-document';

export type RenderInvoicePdfOptions = RenderPdfOptions;

/**
 * The invoice as a PDF (A4), in the customer's language, from the stored invoice alone: lines with
 * their periods, totals, VAT per rate, the payment reference, and a PAID stamp once paid.
 */
export async function renderInvoicePdf(input: InvoicePdfInput, options: RenderInvoicePdfOptions = {}): Promise<Buffer> {
  return renderPdfDocument(invoicePdfDocument(input), options);
}

/** What the invoice's PDF shows, in the shared document layout's terms. */
export function invoicePdfDocument({ invoice, shop, locale }: InvoicePdfInput): PdfDocument {
  const t = getTranslator(locale, 'pdf.invoice');
  const d = getTranslator(locale, 'documents');
  const { parts, totals, format, money, vatNotes } = documentParts(locale, shop, invoice);
  const paid = invoice.status === 'paid';
  const open = !paid && invoice.status !== 'void';

  const facts: PdfDocument['facts'] = [
    [d('invoiceNumber'), invoice.number],
    [d('issueDate'), format.date(invoice.issuedAt)],
  ];
  if (invoice.dueAt) facts.push([d('dueDate'), format.date(invoice.dueAt)]);
  if (invoice.paidAt && paid) facts.push([d('amountPaid'), format.date(invoice.paidAt)]);
  if (invoice.paymentReference) facts.push([d('paymentReference'), invoice.paymentReference]);

  // NOTE: what is due is what the invoice still owes: payments and credit notes both count.
  const dueMinor = amountOwed(invoice);
  if (!paid && (invoice.amountPaidMinor > 0 || invoice.creditedMinor > 0)) {
    if (invoice.amountPaidMinor > 0) totals.push({ label: d('amountPaid'), value: money(invoice.amountPaidMinor) });
    if (invoice.creditedMinor > 0) totals.push({ label: d('amountCredited'), value: money(invoice.creditedMinor) });
    totals.push({ label: d('amountDue'), value: money(dueMinor), bold: true });
  }

  // What to do: nothing once paid, else how much is due by when, and the reference to pay with.
  const notes: PdfDocument['notes'] = [];
  if (paid) notes.push({ text: d('paid', { date: format.date(invoice.paidAt ?? invoice.issuedAt) }), bold: true });
  if (open) {
    const dueDate = invoice.dueAt ? format.date(invoice.dueAt) : '';
    notes.push({ text: d('due', { has_due_date: dueDate ? 'yes' : 'no', amount: money(dueMinor), due_date: dueDate }), bold: true });
    if (invoice.paymentReference) notes.push({ text: `${d('paymentReference')}: ${invoice.paymentReference}` });
  }
  notes.push(...vatNotes);

  return {
    ...parts,
    title: t('title'),
    number: invoice.number,
    issuedAt: invoice.issuedAt,
    stamp: paid ? { word: t('paidStamp'), tone: 'positive' } : invoice.status === 'void' ? { word: t('voidStamp'), tone: 'negative' } : null,
    facts,
    intro: [],
    totals,
    notes,
  };
}
