import { isCamt053, parseCamt053 } from './camt053';
import { parseOcrGiro } from './ocr-giro';
import type { ParsedStatement, ParseResult } from './types';

/**
 * Which parser a file needs: XML declaring a camt.053 namespace, or fixed-width records whose
 * first one starts with the OCR giro format code "NY". Null for anything else.
 */
export function detectBankFileFormat(content: string): ParsedStatement['format'] | null {
  const text = (content.charCodeAt(0) === 0xfeff ? content.slice(1) : content).trimStart();
  if (text.startsWith('<')) return isCamt053(text) ? 'camt053' : null;
  return text.startsWith('NY') ? 'ocr' : null;
}

/**
 * Reads an uploaded bank file, whatever its format. `content` is the decoded text: camt.053 is
 * UTF-8 (or what its XML declaration says); Nets sends OCR giro files in ISO-8859-1, which only
 * matters for the free-text records.
 */
export function parseBankFile(content: string): ParseResult {
  switch (detectBankFileFormat(content)) {
    case 'camt053':
      return parseCamt053(content);
    case 'ocr':
      return parseOcrGiro(content);
    default:
      return {
        ok: false,
        errors: [
          {
            line: 1,
            reason: content.trimStart().startsWith('<')
              ? 'XML file that is not a camt.053 bank statement (no urn:iso:std:iso:20022:tech:xsd:camt.053.001.xx namespace).'
              : 'Unknown bank file format: expected a camt.053 XML statement or a Nets OCR giro file (records starting with "NY").',
          },
        ],
      };
  }
}
