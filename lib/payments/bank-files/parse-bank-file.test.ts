import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCamt053 as parseCamt053Coded } from './camt053';
import { parseOcrGiro as parseOcrGiroCoded } from './ocr-giro';
import { detectBankFileFormat, parseBankFile as parseBankFileCoded } from './parse-bank-file';
import { inEnglish } from './english-reasons-fixtures';

const parseCamt053 = inEnglish(parseCamt053Coded);
const parseOcrGiro = inEnglish(parseOcrGiroCoded);
const parseBankFile = inEnglish(parseBankFileCoded);

const fixtures = path.join(import.meta.dirname, 'fixtures');

function fixture(name: string): string {
  return readFileSync(path.join(fixtures, name), 'utf8');
}

describe('parseBankFile', () => {
  it.each(readdirSync(fixtures).filter((name) => name.endsWith('.xml')))('reads %s as camt.053', (name) => {
    expect(detectBankFileFormat(fixture(name))).toBe('camt053');
    expect(parseBankFile(fixture(name))).toEqual(parseCamt053(fixture(name)));
  });

  it.each(readdirSync(fixtures).filter((name) => name.endsWith('.txt')))('reads %s as OCR giro', (name) => {
    expect(detectBankFileFormat(fixture(name))).toBe('ocr');
    expect(parseBankFile(fixture(name))).toEqual(parseOcrGiro(fixture(name)));
  });

  it.each([
    ['an empty file', '', 'Unknown bank file format'],
    ['a CSV export', 'Date;Amount;Text\n2026-03-05;49,90;RF34 0000 0042\n', 'Unknown bank file format'],
    ['an MT940 statement', ':20:STARTUMS\n:25:37040044/0532013000\n', 'Unknown bank file format'],
    [
      'a camt.054 notification',
      '<?xml version="1.0"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"/>',
      'not a camt.053',
    ],
    ['HTML', '<html><body>Login</body></html>', 'not a camt.053'],
  ])('rejects %s at line 1', (_label, content, reason) => {
    const result = parseBankFile(content);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ line: 1, reason: expect.stringContaining(reason) }]);
  });
});
