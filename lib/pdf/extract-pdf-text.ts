import { inflateSync } from 'node:zlib';
import { decodeWinAnsi } from './win-ansi';

const SHOW_TEXT = /\[((?:\s*(?:<[0-9a-fA-F]*>|-?[\d.]+))*)\s*\]\s*TJ/g;
const HEX = /<([0-9a-fA-F]*)>/g;
const FLATE_STREAM = /\/FlateDecode[^]*?>>\s*stream\r?\n/g;

/** The PDF's source with its deflated streams inflated, as Latin-1 text. */
function inflatedSource(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  let out = source;
  for (const match of source.matchAll(FLATE_STREAM)) {
    const start = match.index + match[0].length;
    const end = source.indexOf('endstream', start);
    try {
      out += `\n${inflateSync(pdf.subarray(start, end)).toString('latin1')}`;
    } catch {
      // Not a content stream we can read (e.g. the match spanned two objects): skip it.
    }
  }
  return out;
}

/**
 * The text of a pdfkit PDF, one shown line a line. For tests: it reads pdfkit's own
 * `[<hex> kerning ...] TJ` operators (inflating compressed streams), not PDFs in general.
 */
export function extractPdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const [, operands] of inflatedSource(pdf).matchAll(SHOW_TEXT)) {
    let line = '';
    for (const [, hex] of operands!.matchAll(HEX)) {
      const bytes = hex!.match(/../g)?.map((pair) => parseInt(pair, 16)) ?? [];
      line += decodeWinAnsi(bytes);
    }
    lines.push(line);
  }
  return lines.join('\n');
}
