import type PDFDocument from 'pdfkit';
import { toWinAnsi } from './win-ansi';

export type Doc = InstanceType<typeof PDFDocument>;

// A4 in points, 50 pt margins; the footer sits in the bottom margin.
export const PAGE = { width: 595.28, height: 841.89, margin: 50 };
export const RIGHT = PAGE.width - PAGE.margin;
export const CONTENT_BOTTOM = PAGE.height - PAGE.margin - 20;
export const INK = '#18181b';
export const MUTED = '#71717a';
export const RULE = '#d4d4d8';
export const FAINT_RULE = '#f4f4f5';
export const FONT = 'Helvetica';
export const BOLD = 'Helvetica-Bold';

export type PdfInfo = { lang: string; title: string; author: string; createdAt: Date; compress: boolean };

/**
 * An A4 pdfkit document and the bytes it will have once ended. Uses the PDF's built-in
 * Helvetica, so no font files are shipped or read. pdfkit is loaded on the first document: every
 * module that can send an invoice e-mail reaches this file, most never draw one.
 */
export async function openPdf(info: PdfInfo): Promise<{ doc: Doc; done: Promise<Buffer> }> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    compress: info.compress,
    lang: info.lang,
    info: { Title: toWinAnsi(info.title), Author: toWinAnsi(info.author), CreationDate: info.createdAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** Text in the font's encoding (every string goes through `toWinAnsi`, see win-ansi.ts). */
export function write(doc: Doc, text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions = {}) {
  return doc.text(toWinAnsi(text), x, y, options);
}

export function rule(doc: Doc, y: number, from: number, to: number, color: string) {
  doc.save().moveTo(from, y).lineTo(to, y).lineWidth(0.5).strokeColor(color).stroke().restore();
}

/** `y`, or the top of a new page when `height` does not fit below it. */
export function ensureRoom(doc: Doc, y: number, height: number): number {
  if (y + height <= CONTENT_BOTTOM) return y;
  doc.addPage();
  return PAGE.margin;
}

/** A tilted, framed word over the header: PAID or VOID. */
export function drawStamp(doc: Doc, word: string, color: string) {
  doc.save();
  doc.font(BOLD).fontSize(20);
  const text = toWinAnsi(word);
  const width = doc.widthOfString(text) + 20;
  const x = RIGHT - width - 10;
  const y = 86;
  doc.rotate(-8, { origin: [x + width / 2, y + 14] });
  doc.roundedRect(x, y, width, 30, 4).lineWidth(2).strokeColor(color).stroke();
  doc.fillColor(color).text(text, x, y + 7, { width, align: 'center', lineBreak: false });
  doc.restore();
}

/** The seller and "Page n of N" on every page, in the bottom margin. */
export function drawFooter(doc: Doc, text: string, page: (page: number, pages: number) => string) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // NOTE: text below the bottom margin would make pdfkit open a new page; lift the margin.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = PAGE.height - PAGE.margin + 10;
    doc.font(FONT).fontSize(8).fillColor(MUTED);
    write(doc, text, PAGE.margin, y, { width: 350, lineBreak: false });
    write(doc, page(i - start + 1, count), RIGHT - 150, y, { width: 150, align: 'right', lineBreak: false });
    doc.page.margins.bottom = margin;
  }
}
