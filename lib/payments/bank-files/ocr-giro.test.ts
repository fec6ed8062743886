import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOcrGiro as parseOcrGiroCoded } from './ocr-giro';
import type { BankEntry, ParseResult } from './types';
import { inEnglish } from './english-reasons-fixtures';

const parseOcrGiro = inEnglish(parseOcrGiroCoded);

function fixture(name: string): string {
  return readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
}

function lines(): string[] {
  return fixture('ocr-giro-valid.txt').trimEnd().split('\n');
}

function errorsOf(result: ParseResult) {
  return result.ok ? [] : result.errors;
}

describe('parseOcrGiro', () => {
  it('reads a Nets OCR giro file with a KID payment, a free-text payment and a reversal', () => {
    const result = parseOcrGiro(fixture('ocr-giro-valid.txt'));
    const common = {
      currency: 'NOK',
      bookingDate: '2026-03-05',
      valueDate: null,
      counterpartyName: null,
      returnReasonCode: null,
    };
    expect(result).toEqual({
      ok: true,
      statements: [
        {
          format: 'ocr',
          statementId: '0170031',
          accountIban: 'NO9386011117947',
          currency: 'NOK',
          entries: [
            {
              ...common,
              kind: 'credit',
              amountMinor: 49900,
              reference: '000000422',
              remittanceText: null,
              counterpartyIban: 'NO0912023456786',
              bankReference: '0170031/4000086/0000001',
            },
            {
              ...common,
              kind: 'credit',
              amountMinor: 12550,
              reference: '000000430',
              remittanceText: 'Faktura 43 KID 000000430',
              counterpartyIban: null,
              bankReference: '0170031/4000086/0000002',
            },
            {
              ...common,
              kind: 'reversal',
              amountMinor: 34900,
              reference: '000000448',
              remittanceText: null,
              counterpartyIban: null,
              bankReference: '0170031/4000086/0000003',
            },
          ] satisfies BankEntry[],
        },
      ],
    });
  });

  it('gives the same bank references every time, with CRLF line ends too', () => {
    const references = (text: string) => {
      const result = parseOcrGiro(text);
      return result.ok ? result.statements[0]!.entries.map((entry) => entry.bankReference) : result.errors;
    };
    const first = references(fixture('ocr-giro-valid.txt'));
    expect(references(fixture('ocr-giro-valid.txt'))).toEqual(first);
    expect(references(fixture('ocr-giro-valid.txt').replace(/\n/g, '\r\n'))).toEqual(first);
  });

  it.each([
    ['ocr-giro-bad-length.txt', 4, 'Record is 79 characters long; OCR giro records are 80.'],
    ['ocr-giro-non-numeric-amount.txt', 3, 'Amount (positions 33-49) is not numeric: "000000000000499O0".'],
    ['ocr-giro-sum-mismatch.txt', 10, 'Assignment end record sums to 97530 øre; the transactions add up to 97350 øre.'],
  ])('rejects %s at line %d', (name, line, reason) => {
    expect(errorsOf(parseOcrGiro(fixture(name)))).toEqual([{ line, reason }]);
  });

  it('reads a minus sign as a reversal', () => {
    const records = lines();
    records[2] = records[2].slice(0, 31) + '-' + records[2].slice(32);
    const result = parseOcrGiro(records.join('\n'));
    expect(result.ok && result.statements[0]!.entries[0].kind).toBe('reversal');
  });

  it('reads several assignments and checks the transmission totals across them', () => {
    const records = lines();
    const assignment = records.slice(1, 10);
    const second = assignment.map((record) =>
      record.startsWith('NY090020') ? record.replace('4000086', '4000087') : record,
    );
    const end = records[10]
      .replace('0000000300000011', '0000000600000020')
      .replace('00000000000097350', '00000000000194700');
    const result = parseOcrGiro([records[0], ...assignment, ...second, end].join('\n'));
    expect(result.ok && result.statements[0]!.entries.map((entry) => entry.bankReference)).toEqual([
      '0170031/4000086/0000001',
      '0170031/4000086/0000002',
      '0170031/4000086/0000003',
      '0170031/4000087/0000001',
      '0170031/4000087/0000002',
      '0170031/4000087/0000003',
    ]);
  });

  it.each<[string, (records: string[]) => string[], number, string]>([
    ['an empty file', () => [], 1, 'The file is empty.'],
    [
      'a record not starting with NY',
      (r) => [r[0], 'XX' + r[1].slice(2), ...r.slice(2)],
      2,
      'Record does not start with the format code "NY": "XX090020".',
    ],
    [
      'an unknown record type',
      (r) => [r[0], r[1].replace('NY090020', 'NY090040'), ...r.slice(2)],
      2,
      'Unknown record "NY090040"',
    ],
    [
      'an AvtaleGiro record',
      (r) => [...r.slice(0, 2), r[2].replace('NY0910', 'NY2121'), ...r.slice(3)],
      3,
      'Unknown record "NY212130"',
    ],
    [
      'an unknown transaction type',
      (r) => [...r.slice(0, 2), r[2].replace('NY0910', 'NY0922'), ...r.slice(3)],
      3,
      'Unknown transaction type 22',
    ],
    [
      'a settlement date that is no day',
      (r) => [...r.slice(0, 2), r[2].replace('050326', '310226'), ...r.slice(3)],
      3,
      'Settlement date (positions 16-21) is not a date DDMMYY: "310226".',
    ],
    [
      'a KID with letters',
      (r) => [...r.slice(0, 2), r[2].replace('000000422', '00000042X'), ...r.slice(3)],
      3,
      'KID (positions 50-74) is not numeric',
    ],
    ['no transmission start', (r) => r.slice(1), 1, 'starts with a transmission start record'],
    ['no transmission end', (r) => r.slice(0, -1), 10, 'ends with a transmission end record'],
    ['amount item 2 missing', (r) => [...r.slice(0, 3), ...r.slice(4)], 4, 'Transaction 0000001 has no amount item 2'],
    [
      'amount item 2 of another transaction',
      (r) => [...r.slice(0, 3), r[5], ...r.slice(4)],
      4,
      'belongs to transaction 0000002',
    ],
    ['a transaction outside an assignment', (r) => [r[0], ...r.slice(2)], 2, 'outside an assignment'],
    ['a transmission end inside an assignment', (r) => [...r.slice(0, 9), r[10]], 10, 'before the assignment ended'],
    ['records after the transmission end', (r) => [...r, r[10]], 12, 'Records after the transmission end'],
    [
      'a wrong transaction count',
      (r) => [...r.slice(0, 9), r[9].replace('NY09008800000003', 'NY09008800000004'), r[10]],
      10,
      'Assignment end record counts 4 transactions; the assignment holds 3.',
    ],
    [
      'a wrong record count',
      (r) => [...r.slice(0, 10), r[10].replace('0000000300000011', '0000000300000012')],
      11,
      'Transmission end record counts 12 records; the transmission holds 11.',
    ],
    [
      'a wrong transmission sum',
      (r) => [...r.slice(0, 10), r[10].replace('00000000000097350', '00000000000097351')],
      11,
      'Transmission end record sums to 97351 øre',
    ],
  ])('rejects %s', (_label, edit, line, reason) => {
    const errors = errorsOf(parseOcrGiro(edit(lines()).join('\n')));
    expect(errors[0]).toEqual({ line, reason: expect.stringContaining(reason) });
  });
});
