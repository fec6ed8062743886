import { BOLD, CONTENT_BOTTOM, FAINT_RULE, FONT, INK, MUTED, PAGE, RIGHT, RULE, rule, write, type Doc } from './pdf-canvas';
import type { PdfDocument, PdfLineColumn } from './pdf-document';
import { toWinAnsi } from './win-ansi';

/** Columns of the lines table: x and width; the figures are right-aligned. */
export const COLUMNS = {
  description: { x: 50, width: 215 },
  quantity: { x: 265, width: 40 },
  unitPrice: { x: 305, width: 80 },
  vat: { x: 385, width: 50 },
  amount: { x: 435, width: 110 },
};

const FIGURES: PdfLineColumn[] = ['quantity', 'unitPrice', 'vat', 'amount'];

/**
 * The lines from `y` on, each as high as its description and detail need; a line that does not
 * fit continues on a new page under a repeated header. Returns the y below the last line.
 */
export function drawLinesTable(doc: Doc, y: number, document: Pick<PdfDocument, 'columns' | 'lines'>): number {
  y = drawHeader(doc, y, document.columns);
  const { x, width } = COLUMNS.description;
  for (const line of document.lines) {
    doc.font(FONT).fontSize(10);
    const descriptionHeight = doc.heightOfString(toWinAnsi(line.description), { width });
    doc.fontSize(8);
    const detailHeight = line.detail ? doc.heightOfString(toWinAnsi(line.detail), { width }) + 2 : 0;
    const rowHeight = Math.max(descriptionHeight + detailHeight, 12) + 8;
    if (y + rowHeight > CONTENT_BOTTOM) {
      doc.addPage();
      y = drawHeader(doc, PAGE.margin, document.columns);
    }
    doc.font(FONT).fontSize(10).fillColor(INK);
    write(doc, line.description, x, y, { width });
    if (line.detail) {
      doc.fontSize(8).fillColor(MUTED);
      write(doc, line.detail, x, y + descriptionHeight + 2, { width });
      doc.fontSize(10).fillColor(INK);
    }
    for (const column of FIGURES) {
      write(doc, line.cells[column], COLUMNS[column].x, y, { width: COLUMNS[column].width, align: 'right', lineBreak: false });
    }
    y += rowHeight;
    rule(doc, y - 4, PAGE.margin, RIGHT, FAINT_RULE);
  }
  return y;
}

function drawHeader(doc: Doc, y: number, labels: PdfDocument['columns']): number {
  doc.font(BOLD).fontSize(8).fillColor(MUTED);
  for (const [column, { x, width }] of Object.entries(COLUMNS) as Array<[keyof typeof COLUMNS, { x: number; width: number }]>) {
    write(doc, labels[column].toUpperCase(), x, y, { width, align: column === 'description' ? 'left' : 'right', lineBreak: false });
  }
  rule(doc, y + 13, PAGE.margin, RIGHT, RULE);
  return y + 20;
}
