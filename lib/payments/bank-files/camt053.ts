import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Issue } from './camt053-fields';
import { readCamtEntry } from './camt053-entry';
import { uniqueBankReferences } from './unique-bank-references';
import type { BankEntry, BankFileError, ParsedStatement, ParseResult } from './types';
import { indexElementLines, type XmlPath } from './xml-element-lines';
import { childOf, childrenOf, textAt } from './xml-node';
import { manageCode, manageMessage } from '@/lib/i18n/manage-code';

// camt.053.001.02 to .08 differ in namespace and in some shapes (Sts, Pty, TxDtls/Amt), not in
// the elements read here, so any version is accepted and the differences are handled per field.
const CAMT053_NAMESPACE = /xmlns(?::[\w.-]+)?\s*=\s*["']urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.\d{2}["']/;

const REPEATED = new Set(['Stmt', 'Ntry', 'NtryDtls', 'TxDtls', 'Ustrd', 'Strd']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Banks write both <Document xmlns="…"> and <ns2:Document xmlns:ns2="…">.
  removeNSPrefix: true,
  // Keep every value a string: "0042" must stay a reference and "49.90" must not become a float.
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name, _path, _isLeaf, isAttribute) => !isAttribute && REPEATED.has(name),
});

/** Whether `text` declares a camt.053 namespace (any version). */
export function isCamt053(text: string): boolean {
  return CAMT053_NAMESPACE.test(text);
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function failed(errors: BankFileError[]): ParseResult {
  return { ok: false, errors };
}

function readStatement(statement: unknown, statementPath: XmlPath, issues: Issue[]): ParsedStatement | null {
  const statementId = textAt(statement, 'Id');
  if (statementId === null) {
    issues.push({ path: [...statementPath, ['Id', 0]], reason: manageCode('bankFileStatementNoId') });
    return null;
  }
  const entries: BankEntry[] = childrenOf(statement, 'Ntry').flatMap((ntry, entryIndex) =>
    readCamtEntry(ntry, { statementId, entryIndex, path: [...statementPath, ['Ntry', entryIndex]], issues }),
  );
  return {
    format: 'camt053',
    statementId,
    accountIban: textAt(statement, 'Acct', 'Id', 'IBAN')?.replace(/\s+/g, '').toUpperCase() ?? null,
    currency: textAt(statement, 'Acct', 'Ccy'),
    entries: uniqueBankReferences(entries),
  };
}

/**
 * Every statement of the file (banks export several accounts, or several days of one account,
 * as several Stmt in one message), each with its own account and entries.
 *
 * NOTE: a single statement that names no account is imported as today (its entries are keyed
 * under "no account"). With several statements every one must name its IBAN, or the whole file
 * is refused saying which statement lacks it: entries of two unnamed accounts could not be kept
 * apart (the bank references are unique per account only), and a merchant uploads one file
 * expecting it booked whole or not at all: a partly imported file could not simply be uploaded
 * again once fixed, since the same bytes count as already imported.
 */
function readStatements(root: unknown, issues: Issue[]): ParsedStatement[] {
  const messagePath: XmlPath = [
    ['Document', 0],
    ['BkToCstmrStmt', 0],
  ];
  const statements = childrenOf(childOf(root, 'Document', 'BkToCstmrStmt'), 'Stmt');
  if (statements.length === 0) {
    issues.push({
      path: messagePath,
      reason: manageCode('bankFileNoStatement'),
    });
    return [];
  }
  return statements.flatMap((node, index) => {
    const statementPath: XmlPath = [...messagePath, ['Stmt', index]];
    const statement = readStatement(node, statementPath, issues);
    if (statement && statements.length > 1 && statement.accountIban === null) {
      issues.push({
        path: [...statementPath, ['Id', 0]],
        reason: manageMessage('bankFileStatementNoAccount', { statement: statement.statementId, index: index + 1, count: statements.length }),
      });
    }
    return statement ? [statement] : [];
  });
}

/**
 * Reads an ISO 20022 camt.053 bank statement file (versions .001.02 to .001.08 and later; one
 * or several statements) into the bank entries billing reconciles against. Any problem rejects
 * the whole file, with the line of the offending element: a partly imported file is worse than
 * none.
 */
export function parseCamt053(xml: string): ParseResult {
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;

  // Entity declarations are the way into entity-expansion attacks, and no bank sends one.
  const doctype = /<!DOCTYPE/i.exec(text);
  if (doctype)
    return failed([{ line: lineAt(text, doctype.index), reason: manageCode('bankFileDoctype') }]);

  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    return failed([{ line: validation.err.line, reason: manageMessage('bankFileMalformedXml', { detail: validation.err.msg }) }]);
  }
  if (!isCamt053(text)) {
    return failed([
      { line: 1, reason: manageCode('bankFileNotCamt053') },
    ]);
  }

  const issues: Issue[] = [];
  const statements = readStatements(parser.parse(text), issues);
  if (issues.length > 0 || statements.length === 0) {
    const lineOf = indexElementLines(text);
    return failed(issues.map((issue) => ({ line: lineOf(issue.path), reason: issue.reason })));
  }
  return { ok: true, statements };
}
