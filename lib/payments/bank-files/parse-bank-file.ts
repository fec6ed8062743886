import { isCamt053, parseCamt053 } from './camt053';
import { parseOcrGiro } from './ocr-giro';
import type { ParsedStatement, ParseResult } from './types';
import { manageMessage } from '@/lib/i18n/manage-code';

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
            reason: manageMessage('bankFileFormatUnknown', { kind: content.trimStart().startsWith('<') ? 'xml' : 'other' }),
          },
        ],
      };
  }
}
