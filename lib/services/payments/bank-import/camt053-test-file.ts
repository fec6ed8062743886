import { readFileSync } from 'node:fs';
import path from 'node:path';

/** One movement of a test statement; amounts in minor units, like BankEntry. */
export type TestCamtEntry = {
  kind?: 'credit' | 'reversal';
  amountMinor: number;
  currency?: string;
  /** The bank's own id of the movement (AcctSvcrRef): unique per account. */
  bankReference: string;
  /** A structured creditor reference (SCOR), printed as the payer typed it. */
  reference?: string | null;
  /** The payer's free text (Ustrd). */
  text?: string | null;
  payerName?: string;
  payerIban?: string;
  bookingDate?: string;
  /** A reversal's return reason (AM04, MD06, ...). */
  reasonCode?: string;
};

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const decimal = (minor: number) => (minor / 100).toFixed(2);

function entryXml(entry: TestCamtEntry, index: number): string {
  const currency = entry.currency ?? 'EUR';
  const reversal = entry.kind === 'reversal';
  const indicator = reversal ? 'DBIT' : 'CRDT';
  const date = entry.bookingDate ?? '2026-03-05';
  const remittance = [
    entry.reference
      ? `<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>ISO</Issr></Tp><Ref>${escape(entry.reference)}</Ref></CdtrRefInf></Strd>`
      : '',
    entry.text ? `<Ustrd>${escape(entry.text)}</Ustrd>` : '',
  ].join('');
  return `
      <Ntry>
        <NtryRef>${index + 1}</NtryRef>
        <Amt Ccy="${currency}">${decimal(entry.amountMinor)}</Amt>
        <CdtDbtInd>${indicator}</CdtDbtInd>${reversal ? '\n        <RvslInd>true</RvslInd>' : ''}
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>${date}</Dt></BookgDt>
        <ValDt><Dt>${date}</Dt></ValDt>
        <AcctSvcrRef>${escape(entry.bankReference)}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>${reversal ? 'RDDT' : 'RCDT'}</Cd><SubFmlyCd>${reversal ? 'UPDD' : 'ESCT'}</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls>
          <TxDtls>
            <Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
            <Amt Ccy="${currency}">${decimal(entry.amountMinor)}</Amt>
            <CdtDbtInd>${indicator}</CdtDbtInd>
            <RltdPties>
              <Dbtr><Pty><Nm>${escape(entry.payerName ?? 'Test Payer')}</Nm></Pty></Dbtr>
              <DbtrAcct><Id><IBAN>${entry.payerIban ?? 'DE44500105175407324931'}</IBAN></Id></DbtrAcct>
            </RltdPties>${remittance ? `\n            <RmtInf>${remittance}</RmtInf>` : ''}${
              reversal ? `\n            <RtrInf><Rsn><Cd>${entry.reasonCode ?? 'MD06'}</Cd></Rsn></RtrInf>` : ''
            }
          </TxDtls>
        </NtryDtls>
      </Ntry>`;
}

export type TestCamtStatement = {
  /** Null: a statement that names no account. */
  accountIban: string | null;
  statementId?: string;
  entries: TestCamtEntry[];
};

function statementXml(statement: TestCamtStatement): string {
  const statementId = statement.statementId ?? `${statement.accountIban ?? 'NOACCOUNT'}-20260305`;
  const accountId = statement.accountIban ? `<Id><IBAN>${statement.accountIban}</IBAN></Id>` : '<Id><Othr><Id>UNKNOWN</Id></Othr></Id>';
  return `
    <Stmt>
      <Id>${escape(statementId)}</Id>
      <ElctrncSeqNb>64</ElctrncSeqNb>
      <CreDtTm>2026-03-06T04:30:11+01:00</CreDtTm>
      <Acct>
        ${accountId}
        <Ccy>EUR</Ccy>
        <Ownr><Nm>KADENS DEMO BV</Nm></Ownr>
      </Acct>
      <Bal>
        <Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp>
        <Amt Ccy="EUR">1000.00</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Dt><Dt>2026-03-05</Dt></Dt>
      </Bal>${statement.entries.map(entryXml).join('')}
    </Stmt>`;
}

/**
 * A camt.053.001.08 message holding several statements (several accounts, or several days of
 * one account), as banks export them: one Stmt per statement, each with its account.
 */
export function camt053MultiFile(input: { messageId: string; statements: TestCamtStatement[] }): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr>
      <MsgId>TEST-053-${escape(input.messageId)}</MsgId>
      <CreDtTm>2026-03-06T04:30:11+01:00</CreDtTm>
    </GrpHdr>${input.statements.map(statementXml).join('')}
  </BkToCstmrStmt>
</Document>
`;
}

/**
 * A camt.053.001.08 statement in the shape the fixtures have (an ING statement): group header,
 * one statement with its account, balances, and one Ntry per entry with TxDtls, parties and
 * remittance information. What a bank sends, for tests that need their own references.
 */
export function camt053File(input: { accountIban: string; statementId?: string; entries: TestCamtEntry[] }): string {
  const statementId = input.statementId ?? `${input.accountIban}-20260305`;
  return camt053MultiFile({ messageId: statementId, statements: [{ ...input, statementId }] });
}

/** A fixture of lib/payments/bank-files/fixtures, as the bank sent it. */
export function bankFileFixture(name: string): string {
  return readFileSync(path.join(import.meta.dirname, '../../../payments/bank-files/fixtures', name), 'utf8');
}
