import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCamt053 as parseCamt053Coded } from './camt053';
import type { BankEntry, ParseResult } from './types';
import { inEnglish } from './english-reasons-fixtures';

const parseCamt053 = inEnglish(parseCamt053Coded);

function fixture(name: string): string {
  return readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
}

function entriesOf(result: ParseResult): BankEntry[] {
  if (!result.ok) throw new Error(`Expected a parsed statement, got ${JSON.stringify(result.errors)}`);
  return result.statements[0]!.entries;
}

const credit = { kind: 'credit', returnReasonCode: null } as const;

/** A camt.053.001.02 document around `entries` (each a string of <Ntry> XML). */
function statementWith(...entries: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">',
    '<BkToCstmrStmt><GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-03-06T06:00:00</CreDtTm></GrpHdr>',
    '<Stmt><Id>S1</Id><CreDtTm>2026-03-06T06:00:00</CreDtTm><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>',
    ...entries,
    '</Stmt></BkToCstmrStmt></Document>',
  ].join('\n');
}

function ntry(
  inner: string,
  { amount = '<Amt Ccy="EUR">10.00</Amt>', indicator = 'CRDT', ref = 'REF-1' } = {},
): string {
  return `<Ntry>${amount}<CdtDbtInd>${indicator}</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-05</Dt></BookgDt><AcctSvcrRef>${ref}</AcctSvcrRef>${inner}</Ntry>`;
}

describe('parseCamt053 fixtures', () => {
  it('reads camt.053.001.02: RF credits, a batch booking, an AM04 return; skips the outgoing debit', () => {
    const result = parseCamt053(fixture('camt053-v02-eur.xml'));
    expect(result.ok && { ...result.statements[0], entries: [] }).toEqual({
      format: 'camt053',
      statementId: '0532013000-2026-03-05-064',
      accountIban: 'DE89370400440532013000',
      currency: 'EUR',
      entries: [],
    });
    const day = { currency: 'EUR', bookingDate: '2026-03-05', valueDate: '2026-03-05' };
    expect(entriesOf(result)).toEqual<BankEntry[]>([
      {
        ...credit,
        ...day,
        amountMinor: 4990,
        reference: 'RF3400000042',
        remittanceText: null,
        counterpartyName: 'Anna Schmidt',
        counterpartyIban: 'DE44500105175407324931',
        bankReference: '2026030500187342',
      },
      {
        ...credit,
        ...day,
        amountMinor: 12000,
        reference: 'RF18539007547034',
        remittanceText: 'Payment RF18 5390 0754 7034 thanks',
        counterpartyName: 'Jan de Vries',
        counterpartyIban: 'NL91ABNA0417164300',
        bankReference: '2026030500187343',
      },
      {
        ...credit,
        ...day,
        amountMinor: 3990,
        reference: 'RF7700000044',
        remittanceText: null,
        counterpartyName: 'Claire Dubois',
        counterpartyIban: 'FR1420041010050500013M02606',
        bankReference: '2026030500187344/1',
      },
      {
        ...credit,
        ...day,
        amountMinor: 3990,
        reference: 'RF5000000045',
        remittanceText: 'Kadens invoice 2026-0045 RF50 0000 0045',
        counterpartyName: 'Pieter Janssens',
        counterpartyIban: 'BE68539007547034',
        bankReference: '2026030500187344/2',
      },
      {
        kind: 'reversal',
        ...day,
        valueDate: '2026-03-03',
        amountMinor: 3990,
        reference: 'RF0700000043',
        remittanceText: null,
        counterpartyName: 'Markus Weber',
        counterpartyIban: 'AT611904300234573201',
        bankReference: '2026030500187345',
        returnReasonCode: 'AM04',
      },
    ]);
  });

  it('reads camt.053.001.08: Pty names, DtTm booking dates, TxDtls amounts, an MD06 return, a hashed reference', () => {
    const result = parseCamt053(fixture('camt053-v08-eur.xml'));
    expect(result.ok && result.statements[0]!.accountIban).toBe('NL20INGB0001234567');
    const day = { currency: 'EUR', bookingDate: '2026-03-05', valueDate: '2026-03-05' };
    const hashed = createHash('sha256').update('NL20INGB0001234567-20260305|1||1550|2026-03-05').digest('hex');
    expect(entriesOf(result)).toEqual<BankEntry[]>([
      {
        ...credit,
        ...day,
        // Booked at 23:41 +01:00: the bank's day, not the UTC one.
        valueDate: '2026-03-06',
        amountMinor: 2900,
        reference: 'RF2300000046',
        remittanceText: null,
        counterpartyName: 'Aino Virtanen',
        counterpartyIban: 'FI2112345600000785',
        bankReference: 'INGB-20260305-0000091',
      },
      {
        ...credit,
        ...day,
        amountMinor: 1550,
        reference: 'RF9300000047',
        remittanceText: 'Invoice 47 / rf93 0000 0047 - thanks!',
        counterpartyName: "Sean O'Brien",
        counterpartyIban: 'IE29AIBK93115212345678',
        bankReference: hashed,
      },
      {
        ...credit,
        ...day,
        amountMinor: 1995,
        reference: 'RF6600000048',
        remittanceText: null,
        counterpartyName: 'Lucia Garcia',
        counterpartyIban: 'ES9121000418450200051332',
        bankReference: 'INGB-20260305-0000093-001',
      },
      {
        ...credit,
        ...day,
        amountMinor: 2450,
        reference: 'RF3900000049',
        remittanceText: null,
        counterpartyName: 'Jan de Vries',
        counterpartyIban: 'NL91ABNA0417164300',
        bankReference: 'INGB-20260305-0000093-002',
      },
      {
        kind: 'reversal',
        ...day,
        amountMinor: 1995,
        reference: null,
        remittanceText: 'Kadens invoice 2026-0031',
        counterpartyName: 'Lucia Garcia',
        counterpartyIban: 'ES9121000418450200051332',
        bankReference: 'INGB-20260305-0000094',
        returnReasonCode: 'MD06',
      },
    ]);
  });

  it('reads a Norwegian camt.053.001.08 in NOK with structured and typed KIDs', () => {
    const result = parseCamt053(fixture('camt053-v08-nok.xml'));
    expect(result.ok && [result.statements[0]!.accountIban, result.statements[0]!.currency]).toEqual(['NO9386011117947', 'NOK']);
    const day = { currency: 'NOK', bookingDate: '2026-03-05', valueDate: '2026-03-05', remittanceText: null };
    expect(entriesOf(result)).toEqual<BankEntry[]>([
      {
        ...credit,
        ...day,
        amountMinor: 49900,
        reference: '000000422',
        counterpartyName: 'Ola Nordmann',
        counterpartyIban: 'NO0912023456786',
        bankReference: '50010230291',
      },
      {
        ...credit,
        ...day,
        amountMinor: 34900,
        reference: '000000430',
        counterpartyName: 'Kari Nordmann',
        counterpartyIban: 'NO8330001234567',
        bankReference: '50010230292-0001',
      },
      {
        ...credit,
        ...day,
        amountMinor: 12550,
        reference: '0036633',
        counterpartyName: 'Per Hansen',
        counterpartyIban: 'NO1260291234561',
        bankReference: '50010230292-0002',
      },
      {
        ...credit,
        ...day,
        amountMinor: 19900,
        reference: '000000448',
        remittanceText: 'Faktura 44 KID: 000000448',
        counterpartyName: 'Ingrid Berg',
        counterpartyIban: 'NO7515942210008',
        bankReference: '50010230293',
      },
    ]);
  });

  it.each(['camt053-v02-eur.xml', 'camt053-v08-eur.xml', 'camt053-v08-nok.xml'])(
    '%s gives the same, unique bank references every time',
    (name) => {
      const first = entriesOf(parseCamt053(fixture(name))).map((entry) => entry.bankReference);
      const second = entriesOf(parseCamt053(fixture(name))).map((entry) => entry.bankReference);
      expect(second).toEqual(first);
      expect(new Set(first).size).toBe(first.length);
    },
  );

  it.each([
    ['camt053-malformed-xml.xml', 39, "Malformed XML: Expected closing tag 'BookgDt'"],
    ['camt053-missing-amount.xml', 34, 'Entry 2 has no amount (Amt).'],
    ['camt053-bad-amount.xml', 35, 'Entry 2: Amount "49,90" is not a number.'],
    ['camt053-bad-indicator.xml', 36, 'Entry 2: unknown credit/debit indicator "CRED"; expected CRDT or DBIT.'],
    ['camt053-missing-currency.xml', 35, 'Entry 2: the amount has no currency (Ccy attribute).'],
  ])('rejects %s at line %d', (name, line, reason) => {
    const result = parseCamt053(fixture(name));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].line).toBe(line);
    expect(result.errors[0].reason).toContain(reason);
  });
});

describe('parseCamt053 details', () => {
  it('reads namespace prefixes as banks generating with JAXB write them', () => {
    const prefixed = fixture('camt053-v02-eur.xml')
      .replace(/<(\/?)(?!\?|!)/g, '<$1ns2:')
      .replace('xmlns="urn:iso', 'xmlns:ns2="urn:iso');
    expect(entriesOf(parseCamt053(prefixed))).toEqual(entriesOf(parseCamt053(fixture('camt053-v02-eur.xml'))));
  });

  it('accepts a byte order mark and CRLF line ends, and counts lines the same', () => {
    const crlf = '\ufeff' + fixture('camt053-bad-amount.xml').replace(/\n/g, '\r\n');
    expect(parseCamt053(crlf)).toEqual({
      ok: false,
      errors: [{ line: 35, reason: 'Entry 2: Amount "49,90" is not a number.' }],
    });
  });

  it('converts amounts by the currency of each amount', () => {
    const xml = statementWith(
      ntry('', { amount: '<Amt Ccy="JPY">1500</Amt>', ref: 'A' }),
      ntry('', { amount: '<Amt Ccy="NOK">0.29</Amt>', ref: 'B' }),
      ntry('', { amount: '<Amt Ccy="EUR">1234567.89</Amt>', ref: 'C' }),
    );
    expect(entriesOf(parseCamt053(xml)).map((entry) => [entry.amountMinor, entry.currency])).toEqual([
      [1500, 'JPY'],
      [29, 'NOK'],
      [123456789, 'EUR'],
    ]);
  });

  it.each([
    ['a pending entry', ntry('').replace('<Sts>BOOK</Sts>', '<Sts>PDNG</Sts>')],
    [
      'a returned outgoing payment (credit with return information)',
      ntry('<NtryDtls><TxDtls><RtrInf><Rsn><Cd>AC04</Cd></Rsn></RtrInf></TxDtls></NtryDtls>'),
    ],
    [
      'a reversed outgoing payment (credit with RvslInd)',
      ntry('').replace('</CdtDbtInd>', '</CdtDbtInd><RvslInd>true</RvslInd>'),
    ],
    ['an outgoing payment', ntry('', { indicator: 'DBIT' })],
    ['a zero amount', ntry('', { amount: '<Amt Ccy="EUR">0.00</Amt>' })],
  ])('skips %s', (_label, entry) => {
    expect(entriesOf(parseCamt053(statementWith(entry)))).toEqual([]);
  });

  it('treats a debit with return information as a reversal even without RvslInd', () => {
    const entry = ntry(
      '<NtryDtls><TxDtls><RmtInf><Ustrd>RF34 0000 0042</Ustrd></RmtInf><RtrInf><Rsn><Cd>AC04</Cd></Rsn></RtrInf></TxDtls></NtryDtls>',
      { indicator: 'DBIT' },
    );
    expect(entriesOf(parseCamt053(statementWith(entry)))).toMatchObject([
      { kind: 'reversal', reference: 'RF3400000042', returnReasonCode: 'AC04', amountMinor: 1000 },
    ]);
  });

  it('splits a batch of returns, keeping each one its own reason', () => {
    const tx = (amount: string, code: string) =>
      `<TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">${amount}</Amt></TxAmt></AmtDtls><RtrInf><Rsn><Cd>${code}</Cd></Rsn></RtrInf></TxDtls>`;
    const entry = ntry(
      `<NtryDtls><Btch><NbOfTxs>2</NbOfTxs></Btch>${tx('4.00', 'AM04')}${tx('6.00', 'MD06')}</NtryDtls>`,
      {
        indicator: 'DBIT',
      },
    ).replace('</CdtDbtInd>', '</CdtDbtInd><RvslInd>true</RvslInd>');
    expect(entriesOf(parseCamt053(statementWith(entry)))).toMatchObject([
      { kind: 'reversal', amountMinor: 400, returnReasonCode: 'AM04', bankReference: 'REF-1/1' },
      { kind: 'reversal', amountMinor: 600, returnReasonCode: 'MD06', bankReference: 'REF-1/2' },
    ]);
  });

  it('keeps a structured reference that is neither RF nor KID when the text has none', () => {
    const entry = ntry(
      '<NtryDtls><TxDtls><RmtInf><Strd><CdtrRefInf><Ref>1232 1</Ref></CdtrRefInf></Strd></RmtInf></TxDtls></NtryDtls>',
    );
    expect(entriesOf(parseCamt053(statementWith(entry)))[0].reference).toBe('12321');
  });

  it('numbers bank references a bank repeats within one file', () => {
    const xml = statementWith(ntry('', { ref: 'SAME' }), ntry('', { ref: 'SAME' }), ntry('', { ref: 'SAME' }));
    expect(entriesOf(parseCamt053(xml)).map((entry) => entry.bankReference)).toEqual(['SAME', 'SAME#2', 'SAME#3']);
  });

  it('prefixes an entry-only NtryRef with the statement id', () => {
    const xml = statementWith(
      ntry('')
        .replace(/<AcctSvcrRef>.*<\/AcctSvcrRef>/, '')
        .replace('<Ntry>', '<Ntry><NtryRef>7</NtryRef>'),
    );
    expect(entriesOf(parseCamt053(xml))[0].bankReference).toBe('S1/7');
  });

  it('reports every problem of the file with its line', () => {
    const xml = statementWith(
      ntry('', { amount: '<Amt Ccy="EUR">abc</Amt>' }),
      ntry('', { indicator: '' }),
      ntry('').replace('<Dt>2026-03-05</Dt>', '<Dt>2026-02-30</Dt>'),
      ntry('<NtryDtls><TxDtls></TxDtls><TxDtls><Amt Ccy="EUR">1.00</Amt></TxDtls></NtryDtls>'),
    );
    const result = parseCamt053(xml);
    expect(result).toEqual({
      ok: false,
      errors: [
        { line: 5, reason: 'Entry 1: Amount "abc" is not a number.' },
        { line: 6, reason: 'Entry 2 has no credit/debit indicator (CdtDbtInd).' },
        { line: 7, reason: 'Entry 3 booking date: "2026-02-30" is not a date (Dt or DtTm).' },
        { line: 8, reason: 'Entry 4, transaction 1 has no amount (Amt).' },
      ],
    });
  });

  it.each([
    [
      'a DOCTYPE',
      '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaa">]>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"/>',
      2,
      'DOCTYPE',
    ],
    [
      'another message',
      '<?xml version="1.0"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"/>',
      1,
      'Not a camt.053 statement',
    ],
    [
      'no statement',
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">\n<BkToCstmrStmt>\n</BkToCstmrStmt>\n</Document>',
      2,
      'No bank-to-customer statement',
    ],
    [
      'two statements, one naming no account',
      statementWith().replace('</Stmt>', '</Stmt>\n<Stmt><Id>S2</Id></Stmt>'),
      6,
      'Statement S2 (2 of 2) names no account',
    ],
    ['a statement without Id', statementWith().replace('<Id>S1</Id>', ''), 4, 'The statement has no Id.'],
  ])('rejects %s', (_label, xml, line, reason) => {
    const result = parseCamt053(xml);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toEqual({ line, reason: expect.stringContaining(reason) });
  });
});

describe('parseCamt053 with several statements', () => {
  it('reads each statement with its own account and entries, as banks export several accounts or days', () => {
    const second = [
      '<Stmt><Id>S2</Id><Acct><Id><IBAN>NL20 INGB 0001 2345 67</IBAN></Id><Ccy>EUR</Ccy></Acct>',
      ntry('', { ref: 'REF-2', amount: '<Amt Ccy="EUR">20.00</Amt>' }),
      '</Stmt>',
    ].join('\n');
    const xml = statementWith(ntry('', { ref: 'REF-1' })).replace('</Stmt>', `</Stmt>\n${second}`);
    const result = parseCamt053(xml);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.statements.map((s) => [s.statementId, s.accountIban, s.entries.map((e) => [e.bankReference, e.amountMinor])])).toEqual([
      ['S1', 'DE89370400440532013000', [['REF-1', 1000]]],
      ['S2', 'NL20INGB0001234567', [['REF-2', 2000]]],
    ]);
  });
});
