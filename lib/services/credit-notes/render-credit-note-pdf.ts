import PDFDocument from 'pdfkit';
import { emailFormatter } from '@/emails/format';
import { emailMessages } from '@/emails/i18n';
import { vatSummary } from '@/lib/pdf/vat-summary';
import { toWinAnsi } from '@/lib/pdf/win-ansi';
import { creditNotePdfMessages } from './credit-note-pdf-messages';
import type { CreditNotePdfInput } from './credit-note-pdf-input';

type Doc = InstanceType<typeof PDFDocument>;

// The invoice PDF's page and colours (lib/pdf/render-invoice-pdf.ts), so the two read as a pair.
const PAGE = { width: 595.28, height: 841.89, margin: 50 };
const RIGHT = PAGE.width - PAGE.margin;
const BOTTOM = PAGE.height - PAGE.margin - 20;
const INK = '#18181b';
const MUTED = '#71717a';
const RULE = '#d4d4d8';
const COLUMNS = { description: [50, 215], quantity: [265, 40], unitPrice: [305, 80], vat: [385, 50], amount: [435, 110] } as const;
type Column = keyof typeof COLUMNS;

/**
 * A credit note as a PDF (A4), in the customer's language: who it is for, the invoice it
 * credits and why, the lines taken back with their VAT, the totals, VAT per rate, and where the
 * money goes. The invoice PDF's labels, formatter and VAT summary are reused as they are.
 */
export async function renderCreditNotePdf(input: CreditNotePdfInput, options: { compress?: boolean } = {}): Promise<Buffer> {
  const { creditNote: note, shop, locale } = input;
  const t = emailMessages(locale).invoice;
  const p = emailMessages(locale).invoicePdf;
  const c = creditNotePdfMessages(locale);
  const f = emailFormatter(locale, shop.timeZone);
  const money = (minor: number) => f.money(minor, note.currency);

  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    compress: options.compress ?? true,
    lang: locale,
    info: { Title: toWinAnsi(`${c.title} ${note.number}`), Author: toWinAnsi(shop.name), CreationDate: new Date(note.issuedAt) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const write = (text: string, x: number, y: number, opts: PDFKit.Mixins.TextOptions = {}) => doc.text(toWinAnsi(text), x, y, opts);
  const rule = (y: number, from = PAGE.margin, to = RIGHT) =>
    doc.save().moveTo(from, y).lineTo(to, y).lineWidth(0.5).strokeColor(RULE).stroke().restore();
  const room = (y: number, height: number) => (y + height <= BOTTOM ? y : (doc.addPage(), PAGE.margin));

  doc.font('Helvetica-Bold').fontSize(16).fillColor(INK);
  write(shop.name, PAGE.margin, PAGE.margin, { width: 280 });
  doc.font('Helvetica').fontSize(9).fillColor(MUTED);
  write(shop.supportEmail, PAGE.margin, doc.y + 2, { width: 280 });
  doc.font('Helvetica-Bold').fontSize(22).fillColor(INK);
  write(c.title.toUpperCase(), 300, PAGE.margin - 2, { width: RIGHT - 300, align: 'right' });

  const top = 130;
  doc.font('Helvetica-Bold').fontSize(8).fillColor(MUTED);
  write(t.billedTo.toUpperCase(), PAGE.margin, top);
  doc.font('Helvetica').fontSize(10).fillColor(INK);
  const party = note.billedTo;
  let leftY = top + 14;
  for (const line of [party.companyName, party.name, party.addressLine1, party.addressLine2, `${party.postalCode} ${party.city}`, party.country, party.vatId ? `${t.columns.vat} ${party.vatId}` : null]) {
    if (!line) continue;
    write(line, PAGE.margin, leftY, { width: 250 });
    leftY = doc.y + 1;
  }
  let rightY = top;
  for (const [label, value] of [[c.number, note.number], [c.date, f.date(note.issuedAt)], [c.invoice, note.invoiceNumber]] as const) {
    doc.font('Helvetica').fontSize(9).fillColor(MUTED);
    write(label, 330, rightY, { width: 100, lineBreak: false });
    doc.font('Helvetica-Bold').fontSize(9).fillColor(INK);
    write(value, 430, rightY, { width: RIGHT - 430, align: 'right' });
    rightY = Math.max(doc.y, rightY + 12) + 3;
  }

  let y = Math.max(leftY, rightY) + 16;
  doc.font('Helvetica').fontSize(10).fillColor(INK);
  write(`${c.reason}: ${note.reason}`, PAGE.margin, y, { width: RIGHT - PAGE.margin });
  y = tableHeader(doc, doc.y + 16, t.columns, rule);
  for (const line of note.lines) {
    const period = line.periodStart && line.periodEnd ? `${p.period}: ${f.date(line.periodStart)} – ${f.lastDay(line.periodEnd)}` : null;
    doc.font('Helvetica').fontSize(10);
    const height = doc.heightOfString(toWinAnsi(line.description), { width: COLUMNS.description[1] }) + (period ? 12 : 0) + 8;
    if (y + height > BOTTOM) y = tableHeader(doc, (doc.addPage(), PAGE.margin), t.columns, rule);
    doc.fillColor(INK);
    write(line.description, COLUMNS.description[0], y, { width: COLUMNS.description[1] });
    if (period) {
      doc.fontSize(8).fillColor(MUTED);
      write(period, COLUMNS.description[0], doc.y + 2, { width: COLUMNS.description[1] });
      doc.fontSize(10).fillColor(INK);
    }
    const cells: Array<[Column, string]> = [['quantity', String(line.quantity)], ['unitPrice', money(line.unitAmountMinor)], ['vat', f.rate(line.taxRateBp)], ['amount', money(line.amountMinor)]];
    for (const [column, value] of cells) write(value, COLUMNS[column][0], y, { width: COLUMNS[column][1], align: 'right', lineBreak: false });
    y += height;
  }

  const summary = vatSummary(note.lines);
  const totals = [
    { label: t.subtotal, value: money(note.subtotalMinor), bold: false },
    ...summary.map((row) => ({ label: t.vatAt(f.rate(row.rateBp)), value: money(row.taxMinor), bold: false })),
    { label: t.total, value: money(note.totalMinor), bold: true },
  ];
  y = room(y + 6, totals.length * 16 + 60);
  for (const row of totals) {
    doc.font(row.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(row.bold ? 11 : 10).fillColor(INK);
    if (row.bold) rule(y - 3, 305);
    write(row.label, 265, y, { width: 170, align: 'right', lineBreak: false });
    write(row.value, COLUMNS.amount[0], y, { width: COLUMNS.amount[1], align: 'right', lineBreak: false });
    y += row.bold ? 18 : 15;
  }
  doc.font('Helvetica-Bold').fontSize(10).fillColor(INK);
  const where = note.disposition === 'reduce_open' ? c.disposition.reduce_open(note.invoiceNumber) : c.disposition[note.disposition];
  write(where, PAGE.margin, y + 12, { width: RIGHT - PAGE.margin });

  y = room(doc.y + 20, 30 + summary.length * 14);
  doc.font('Helvetica-Bold').fontSize(10);
  write(p.vatSummary, PAGE.margin, y);
  y += 16;
  const vatX = [[50, 80, 'left'], [130, 110, 'right'], [240, 100, 'right'], [340, 110, 'right']] as const;
  const vatRows = [[p.vatColumns.rate, p.vatColumns.net, p.vatColumns.vat, p.vatColumns.gross], ...summary.map((r) => [f.rate(r.rateBp), money(r.netMinor), money(r.taxMinor), money(r.grossMinor)])];
  vatRows.forEach((cells, i) => {
    doc.font('Helvetica').fontSize(i === 0 ? 8 : 9).fillColor(i === 0 ? MUTED : INK);
    cells.forEach((cell, col) => write(cell, vatX[col]![0], y, { width: vatX[col]![1], align: vatX[col]![2], lineBreak: false }));
    y += 13;
    if (i === 0) rule(y - 3, 50, 450);
  });

  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // NOTE: text in the bottom margin would make pdfkit open a new page; lift the margin.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor(MUTED);
    write(`${shop.name} · ${shop.supportEmail}`, PAGE.margin, PAGE.height - PAGE.margin + 10, { width: 350, lineBreak: false });
    write(p.page(i - start + 1, count), RIGHT - 150, PAGE.height - PAGE.margin + 10, { width: 150, align: 'right', lineBreak: false });
    doc.page.margins.bottom = margin;
  }
  doc.end();
  return done;
}

function tableHeader(doc: Doc, y: number, labels: Record<Column, string>, rule: (y: number) => unknown): number {
  doc.font('Helvetica-Bold').fontSize(8).fillColor(MUTED);
  for (const [column, [x, width]] of Object.entries(COLUMNS) as Array<[Column, readonly [number, number]]>) {
    doc.text(toWinAnsi(labels[column].toUpperCase()), x, y, { width, align: column === 'description' ? 'left' : 'right', lineBreak: false });
  }
  rule(y + 13);
  return y + 20;
}
