import PDFDocument from 'pdfkit';
import { emailFormatter } from '@/emails/format';
import { emailMessages } from '@/emails/i18n';
import type { InvoicePdfInput, InvoicePdfParty } from './invoice-pdf-input';
import { vatSummary } from './vat-summary';
import { toWinAnsi } from './win-ansi';

type Doc = InstanceType<typeof PDFDocument>;

// A4 in points, 50 pt margins; the footer sits in the bottom margin.
const PAGE = { width: 595.28, height: 841.89, margin: 50 };
const RIGHT = PAGE.width - PAGE.margin;
const CONTENT_BOTTOM = PAGE.height - PAGE.margin - 20;
const INK = '#18181b';
const MUTED = '#71717a';
const RULE = '#d4d4d8';
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';

/** Columns of the lines table: x and width; numbers are right-aligned. */
const COLUMNS = {
  description: { x: 50, width: 215 },
  quantity: { x: 265, width: 40 },
  unitPrice: { x: 305, width: 80 },
  vat: { x: 385, width: 50 },
  amount: { x: 435, width: 110 },
};

export type RenderInvoicePdfOptions = {
  /** Deflate the page contents; tests turn it off to read the text. */
  compress?: boolean;
};

/**
 * The invoice as a PDF (A4), in the customer's language, from the stored invoice alone: lines with
 * their periods, totals, VAT per rate, the payment reference, and a PAID stamp once paid. Uses
 * the PDF's built-in Helvetica, so no font files are shipped or read.
 */
export async function renderInvoicePdf(input: InvoicePdfInput, options: RenderInvoicePdfOptions = {}): Promise<Buffer> {
  const { invoice, shop, locale } = input;
  const messages = emailMessages(locale);
  const t = messages.invoice;
  const p = messages.invoicePdf;
  const f = emailFormatter(locale, shop.timeZone);
  const money = (minor: number) => f.money(minor, invoice.currency);

  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    compress: options.compress ?? true,
    lang: locale,
    info: {
      Title: toWinAnsi(`${p.title} ${invoice.number}`),
      Author: toWinAnsi(shop.name),
      // Fixed, so that the same invoice gives the same bytes.
      CreationDate: new Date(invoice.issuedAt),
    },
  });
  const done = collect(doc);
  const write = (text: string, x: number, y: number, opts: PDFKit.Mixins.TextOptions = {}) =>
    doc.text(toWinAnsi(text), x, y, opts);

  // Header: the seller on the left, the document's title on the right.
  doc.font(BOLD).fontSize(16).fillColor(INK);
  write(shop.name, PAGE.margin, PAGE.margin, { width: 280 });
  doc.font(FONT).fontSize(9).fillColor(MUTED);
  write(shop.supportEmail, PAGE.margin, doc.y + 2, { width: 280 });
  doc.font(BOLD).fontSize(22).fillColor(INK);
  write(p.title.toUpperCase(), 330, PAGE.margin - 2, { width: RIGHT - 330, align: 'right' });
  if (invoice.status === 'paid') stamp(doc, toWinAnsi(p.paidStamp), '#15803d');
  if (invoice.status === 'void') stamp(doc, toWinAnsi(p.voidStamp), '#b91c1c');

  // Who it is billed to, and the invoice's facts.
  const top = 130;
  doc.font(BOLD).fontSize(8).fillColor(MUTED);
  write(t.billedTo.toUpperCase(), PAGE.margin, top);
  doc.font(FONT).fontSize(10).fillColor(INK);
  let leftY = top + 14;
  for (const line of partyLines(invoice.billedTo, t.columns.vat)) {
    write(line, PAGE.margin, leftY, { width: 250 });
    leftY = doc.y + 1;
  }
  const facts: Array<[string, string]> = [
    [t.invoiceNumber, invoice.number],
    [t.issueDate, f.date(invoice.issuedAt)],
  ];
  if (invoice.dueAt) facts.push([t.dueDate, f.date(invoice.dueAt)]);
  if (invoice.paidAt && invoice.status === 'paid') facts.push([t.amountPaid, f.date(invoice.paidAt)]);
  if (invoice.paymentReference) facts.push([t.paymentReference, invoice.paymentReference]);
  let rightY = top;
  for (const [label, value] of facts) {
    doc.font(FONT).fontSize(9).fillColor(MUTED);
    write(label, 330, rightY, { width: 100, lineBreak: false });
    doc.font(BOLD).fontSize(9).fillColor(INK);
    write(value, 430, rightY, { width: RIGHT - 430, align: 'right' });
    rightY = Math.max(doc.y, rightY + 12) + 3;
  }

  // The lines.
  let y = Math.max(leftY, rightY) + 28;
  y = tableHeader(doc, y, t.columns);
  for (const line of invoice.lines) {
    const period =
      line.periodStart && line.periodEnd
        ? `${p.period}: ${f.date(line.periodStart)} – ${f.lastDay(line.periodEnd)}`
        : null;
    doc.font(FONT).fontSize(10);
    const descriptionHeight = doc.heightOfString(toWinAnsi(line.description), { width: COLUMNS.description.width });
    doc.fontSize(8);
    const periodHeight = period ? doc.heightOfString(toWinAnsi(period), { width: COLUMNS.description.width }) + 2 : 0;
    const rowHeight = Math.max(descriptionHeight + periodHeight, 12) + 8;
    if (y + rowHeight > CONTENT_BOTTOM) {
      doc.addPage();
      y = tableHeader(doc, PAGE.margin, t.columns);
    }
    doc.font(FONT).fontSize(10).fillColor(INK);
    write(line.description, COLUMNS.description.x, y, { width: COLUMNS.description.width });
    if (period) {
      doc.fontSize(8).fillColor(MUTED);
      write(period, COLUMNS.description.x, y + descriptionHeight + 2, { width: COLUMNS.description.width });
      doc.fontSize(10).fillColor(INK);
    }
    const cells: Array<[keyof typeof COLUMNS, string]> = [
      ['quantity', String(line.quantity)],
      ['unitPrice', money(line.unitAmountMinor)],
      ['vat', f.rate(line.taxRateBp)],
      ['amount', money(line.amountMinor)],
    ];
    for (const [column, value] of cells) {
      write(value, COLUMNS[column].x, y, { width: COLUMNS[column].width, align: 'right', lineBreak: false });
    }
    y += rowHeight;
    rule(doc, y - 4, PAGE.margin, RIGHT, '#f4f4f5');
  }

  // Totals, right-aligned under the amounts.
  const summary = vatSummary(invoice.lines);
  const dueMinor = invoice.totalMinor - invoice.amountPaidMinor;
  const totals: Array<{ label: string; value: string; bold?: boolean }> = [
    { label: t.subtotal, value: money(invoice.subtotalMinor) },
    ...summary.map((row) => ({ label: t.vatAt(f.rate(row.rateBp)), value: money(row.taxMinor) })),
    { label: t.total, value: money(invoice.totalMinor), bold: true },
  ];
  if (invoice.status !== 'paid' && invoice.amountPaidMinor > 0) {
    totals.push({ label: t.amountPaid, value: money(invoice.amountPaidMinor) });
    totals.push({ label: t.amountDue, value: money(dueMinor), bold: true });
  }
  y = ensureRoom(doc, y + 6, totals.length * 16 + 10);
  for (const row of totals) {
    doc.font(row.bold ? BOLD : FONT).fontSize(row.bold ? 11 : 10).fillColor(INK);
    if (row.bold) rule(doc, y - 3, 305, RIGHT, RULE);
    write(row.label, 265, y, { width: 170, align: 'right', lineBreak: false });
    write(row.value, COLUMNS.amount.x, y, { width: COLUMNS.amount.width, align: 'right', lineBreak: false });
    y += row.bold ? 18 : 15;
  }

  // What to do: paid, or how much is due by when.
  const status =
    invoice.status === 'paid'
      ? t.paid(f.date(invoice.paidAt ?? invoice.issuedAt))
      : invoice.status === 'void'
        ? null
        : t.due(money(dueMinor), invoice.dueAt ? f.date(invoice.dueAt) : null);
  y = ensureRoom(doc, y + 12, 40);
  if (status) {
    doc.font(BOLD).fontSize(10).fillColor(INK);
    write(status, PAGE.margin, y, { width: RIGHT - PAGE.margin });
    y = doc.y + 4;
  }
  if (invoice.paymentReference && invoice.status !== 'paid' && invoice.status !== 'void') {
    doc.font(FONT).fontSize(10).fillColor(INK);
    write(`${t.paymentReference}: ${invoice.paymentReference}`, PAGE.margin, y, { width: RIGHT - PAGE.margin });
    y = doc.y + 4;
  }

  // VAT per rate: the breakdown tax authorities ask for.
  y = ensureRoom(doc, y + 20, 30 + summary.length * 14);
  doc.font(BOLD).fontSize(10).fillColor(INK);
  write(p.vatSummary, PAGE.margin, y);
  y += 16;
  const vatColumns = [
    { x: 50, width: 80, align: 'left' as const },
    { x: 130, width: 110, align: 'right' as const },
    { x: 240, width: 100, align: 'right' as const },
    { x: 340, width: 110, align: 'right' as const },
  ];
  const vatRows = [
    [p.vatColumns.rate, p.vatColumns.net, p.vatColumns.vat, p.vatColumns.gross],
    ...summary.map((row) => [f.rate(row.rateBp), money(row.netMinor), money(row.taxMinor), money(row.grossMinor)]),
  ];
  vatRows.forEach((cells, i) => {
    doc.font(FONT).fontSize(i === 0 ? 8 : 9).fillColor(i === 0 ? MUTED : INK);
    cells.forEach((cell, c) => write(cell, vatColumns[c]!.x, y, { width: vatColumns[c]!.width, align: vatColumns[c]!.align, lineBreak: false }));
    y += 13;
    if (i === 0) rule(doc, y - 3, 50, 450, RULE);
  });

  footer(doc, `${shop.name} · ${shop.supportEmail}`, p.page);
  doc.end();
  return done;
}

function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function partyLines(party: InvoicePdfParty, vatLabel: string): string[] {
  return [
    party.companyName,
    party.name,
    party.addressLine1,
    party.addressLine2,
    `${party.postalCode} ${party.city}`,
    party.country,
    party.vatId ? `${vatLabel} ${party.vatId}` : null,
  ].filter((line): line is string => Boolean(line));
}

function tableHeader(doc: Doc, y: number, labels: Record<keyof typeof COLUMNS, string>): number {
  doc.font(BOLD).fontSize(8).fillColor(MUTED);
  for (const [column, { x, width }] of Object.entries(COLUMNS) as Array<[keyof typeof COLUMNS, { x: number; width: number }]>) {
    doc.text(toWinAnsi(labels[column].toUpperCase()), x, y, {
      width,
      align: column === 'description' ? 'left' : 'right',
      lineBreak: false,
    });
  }
  rule(doc, y + 13, PAGE.margin, RIGHT, RULE);
  return y + 20;
}

function rule(doc: Doc, y: number, from: number, to: number, color: string) {
  doc.save().moveTo(from, y).lineTo(to, y).lineWidth(0.5).strokeColor(color).stroke().restore();
}

/** `y`, or the top of a new page when `height` does not fit below it. */
function ensureRoom(doc: Doc, y: number, height: number): number {
  if (y + height <= CONTENT_BOTTOM) return y;
  doc.addPage();
  return PAGE.margin;
}

/** A tilted, framed word over the header: PAID or VOID. */
function stamp(doc: Doc, word: string, color: string) {
  doc.save();
  doc.font(BOLD).fontSize(20);
  const width = doc.widthOfString(word) + 20;
  const x = RIGHT - width - 10;
  const y = 86;
  doc.rotate(-8, { origin: [x + width / 2, y + 14] });
  doc.roundedRect(x, y, width, 30, 4).lineWidth(2).strokeColor(color).stroke();
  doc.fillColor(color).text(word, x, y + 7, { width, align: 'center', lineBreak: false });
  doc.restore();
}

/** The seller and "Page n of N" on every page, in the bottom margin. */
function footer(doc: Doc, seller: string, page: (n: number, of: number) => string) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // NOTE: text below the bottom margin would make pdfkit open a new page; lift the margin.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = PAGE.height - PAGE.margin + 10;
    doc.font(FONT).fontSize(8).fillColor(MUTED);
    doc.text(toWinAnsi(seller), PAGE.margin, y, { width: 350, lineBreak: false });
    doc.text(toWinAnsi(page(i - start + 1, count)), RIGHT - 150, y, { width: 150, align: 'right', lineBreak: false });
    doc.page.margins.bottom = margin;
  }
}
