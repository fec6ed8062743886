import { COLUMNS, drawLinesTable } from './draw-lines-table';
import { BOLD, drawFooter, drawStamp, ensureRoom, FONT, INK, MUTED, openPdf, PAGE, RIGHT, RULE, rule, write, type Doc } from './pdf-canvas';
import type { PdfDocument } from './pdf-document';

export type RenderPdfOptions = {
  /** Deflate the page contents; tests turn it off to read the text. */
  compress?: boolean;
};

const STAMP_COLORS = { positive: '#15803d', negative: '#b91c1c' };
const VAT_COLUMNS = [
  { x: 50, width: 80, align: 'left' as const },
  { x: 130, width: 110, align: 'right' as const },
  { x: 240, width: 100, align: 'right' as const },
  { x: 340, width: 110, align: 'right' as const },
];

/**
 * The one layout of the shop's business documents (A4): the seller and the title on top, the
 * customer and the document's facts, the lines, the totals, notes on paying, the VAT summary, and
 * a footer with page numbers on every page. Invoices and credit notes differ only in the data.
 */
export async function renderPdfDocument(document: PdfDocument, options: RenderPdfOptions = {}): Promise<Buffer> {
  const { doc, done } = await openPdf({
    lang: document.locale,
    title: `${document.title} ${document.number}`,
    author: document.seller.name,
    createdAt: new Date(document.issuedAt),
    compress: options.compress ?? true,
  });
  const headerBottom = drawHeader(doc, document);
  let y = drawParties(doc, Math.max(130, headerBottom + 16), document);

  if (document.intro.length > 0) {
    y += 16;
    for (const paragraph of document.intro) {
      doc.font(FONT).fontSize(10).fillColor(INK);
      write(doc, paragraph, PAGE.margin, y, { width: RIGHT - PAGE.margin });
      y = doc.y + 16;
    }
  } else {
    y += 28;
  }
  y = drawLinesTable(doc, y, document);

  // Totals, right-aligned under the amounts.
  y = ensureRoom(doc, y + 6, document.totals.length * 16 + 10);
  for (const row of document.totals) {
    doc.font(row.bold ? BOLD : FONT).fontSize(row.bold ? 11 : 10).fillColor(INK);
    if (row.bold) rule(doc, y - 3, 305, RIGHT, RULE);
    write(doc, row.label, 265, y, { width: 170, align: 'right', lineBreak: false });
    write(doc, row.value, COLUMNS.amount.x, y, { width: COLUMNS.amount.width, align: 'right', lineBreak: false });
    y += row.bold ? 18 : 15;
  }

  y = ensureRoom(doc, y + 12, 40);
  for (const note of document.notes) {
    doc.font(note.bold ? BOLD : FONT).fontSize(10).fillColor(INK);
    write(doc, note.text, PAGE.margin, y, { width: RIGHT - PAGE.margin });
    y = doc.y + 4;
  }

  drawVatSummary(doc, y, document.vatSummary);
  drawFooter(doc, document.footer.text, document.footer.page);
  doc.end();
  return done;
}

/** The seller on the left, the title (and a stamp) on the right; returns the seller block's bottom. */
function drawHeader(doc: Doc, document: PdfDocument): number {
  doc.font(BOLD).fontSize(16).fillColor(INK);
  write(doc, document.seller.name, PAGE.margin, PAGE.margin, { width: 280 });
  doc.font(FONT).fontSize(9).fillColor(MUTED);
  for (const line of document.seller.lines) write(doc, line, PAGE.margin, doc.y + 2, { width: 280 });
  const bottom = doc.y;
  doc.font(BOLD).fontSize(22).fillColor(INK);
  write(doc, document.title.toUpperCase(), 300, PAGE.margin - 2, { width: RIGHT - 300, align: 'right' });
  if (document.stamp) drawStamp(doc, document.stamp.word, STAMP_COLORS[document.stamp.tone]);
  return bottom;
}

/** Who it is for on the left, the document's facts on the right; returns the y below both. */
function drawParties(doc: Doc, top: number, document: PdfDocument): number {
  doc.font(BOLD).fontSize(8).fillColor(MUTED);
  write(doc, document.billedTo.label.toUpperCase(), PAGE.margin, top);
  doc.font(FONT).fontSize(10).fillColor(INK);
  let leftY = top + 14;
  for (const line of document.billedTo.lines) {
    write(doc, line, PAGE.margin, leftY, { width: 250 });
    leftY = doc.y + 1;
  }
  let rightY = top;
  for (const [label, value] of document.facts) {
    doc.font(FONT).fontSize(9).fillColor(MUTED);
    write(doc, label, 330, rightY, { width: 100, lineBreak: false });
    doc.font(BOLD).fontSize(9).fillColor(INK);
    write(doc, value, 430, rightY, { width: RIGHT - 430, align: 'right' });
    rightY = Math.max(doc.y, rightY + 12) + 3;
  }
  return Math.max(leftY, rightY);
}

/** VAT per rate: the breakdown tax authorities ask for. */
function drawVatSummary(doc: Doc, y: number, summary: PdfDocument['vatSummary']) {
  y = ensureRoom(doc, y + 20, 30 + summary.rows.length * 14);
  doc.font(BOLD).fontSize(10).fillColor(INK);
  write(doc, summary.title, PAGE.margin, y);
  y += 16;
  [summary.header, ...summary.rows].forEach((cells, i) => {
    doc.font(FONT).fontSize(i === 0 ? 8 : 9).fillColor(i === 0 ? MUTED : INK);
    cells.forEach((cell, c) => write(doc, cell, VAT_COLUMNS[c]!.x, y, { width: VAT_COLUMNS[c]!.width, align: VAT_COLUMNS[c]!.align, lineBreak: false }));
    y += 13;
    if (i === 0) rule(doc, y - 3, 50, 450, RULE);
  });
}
