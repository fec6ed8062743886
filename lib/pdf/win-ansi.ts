/**
 * The PDF's built-in Helvetica is WinAnsi-encoded (Windows-1252): Western European letters
 * (æ ø å ß ü é), € and typographic quotes and dashes are there; anything else would come out
 * as garbage. pdfkit does not check, so every string goes through `toWinAnsi` first.
 */

/** Windows-1252 bytes 0x80–0x9F; the five undefined positions are U+FFFD. */
const HIGH = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';

const FROM_HIGH = new Map<string, number>([...HIGH].map((char, i) => [char, 0x80 + i]));
FROM_HIGH.delete('\uFFFD');

// NOTE: Intl writes a U+2212 minus sign in nb-NO ("−10,00 kr") and narrow no-break spaces in
// some locales: close look-alikes keep amounts readable instead of replacing them with "?".
const LOOK_ALIKES: Record<string, string> = {
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u202F': '\u00A0',
  '\u2007': '\u00A0',
  '\u2060': '',
  '\u200B': '',
  '\u2032': "'",
  '\u2033': '"',
};

function encodable(code: number): boolean {
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff);
}

/** `text` with every character the PDF font can show, look-alikes or "?" for the rest. */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    if (encodable(code) || FROM_HIGH.has(char)) out += char;
    else if (char in LOOK_ALIKES) out += LOOK_ALIKES[char];
    else if (/\s/u.test(char)) out += ' ';
    else out += '?';
  }
  return out;
}

/** The characters of WinAnsi byte codes, as the PDF's text operators carry them. */
export function decodeWinAnsi(bytes: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    out += byte >= 0x80 && byte <= 0x9f ? HIGH[byte - 0x80] : String.fromCharCode(byte);
  }
  return out;
}
