import { createHash } from 'node:crypto';
import { manageMessage } from '@/lib/i18n/manage-code';
import { isValidKid } from '../references/kid';
import { normalizeReference } from '../references/normalize-reference';
import { parseRf } from '../references/rf-creditor-reference';
import { readAmount, readDate, readFlag, readIndicator, type Amount, type Issue } from './camt053-fields';
import type { BankEntry } from './types';
import type { XmlPath } from './xml-element-lines';
import { childOf, childrenOf, textAt, textOf } from './xml-node';

export type EntryContext = {
  statementId: string;
  /** 0-based position of the Ntry in its statement. */
  entryIndex: number;
  path: XmlPath;
  issues: Issue[];
};

type Transaction = { node: unknown; path: XmlPath };

/** One BankEntry's worth of a Ntry: the whole entry, or one TxDtls of a batch booking. */
type Part = { tx: unknown; amount: Amount; indicator: 'CRDT' | 'DBIT'; txIndex: number | null };

function compact(text: string | null): string | null {
  return text === null ? null : text.replace(/\s+/g, '').toUpperCase();
}

/**
 * Only customer money becomes an entry: a credit, or a debit that takes one back (RvslInd, or
 * return information on a bounced direct debit). A credit that is itself a reversal or return
 * gives back one of the merchant's own payments, and a plain debit is one.
 */
function kindOf(indicator: 'CRDT' | 'DBIT', reversal: boolean, returned: boolean): BankEntry['kind'] | null {
  if (indicator === 'CRDT') return reversal || returned ? null : 'credit';
  return reversal || returned ? 'reversal' : null;
}

/** A valid structured RF/KID first, then one found in the free text, then whatever was structured. */
function referenceOf(structured: string | null, remittanceText: string | null): string | null {
  if (structured !== null) {
    const rf = parseRf(structured);
    if (rf.ok) return rf.reference;
    if (isValidKid(structured)) return structured;
  }
  return (remittanceText === null ? null : normalizeReference(remittanceText)) ?? structured;
}

/**
 * The bank's own id for the movement when it gives one. AcctSvcrRef is unique at the bank;
 * NtryRef often only within one statement, hence the statement id in front; TxId is set by the
 * payer's bank. Without any of them a hash of where the entry sits keeps re-imports of the same
 * file idempotent (but not of a re-issued statement with another id).
 */
function bankReferenceFor(ntry: unknown, part: Part, ctx: EntryContext, bookingDate: string): string {
  const entryRef = textAt(ntry, 'AcctSvcrRef');
  const ntryRef = textAt(ntry, 'NtryRef');
  const txRef = textAt(part.tx, 'Refs', 'AcctSvcrRef');
  const txId = textAt(part.tx, 'Refs', 'TxId');
  const position = part.txIndex === null ? '' : `/${part.txIndex + 1}`;
  const found =
    part.txIndex === null
      ? (entryRef ?? txRef ?? txId ?? (ntryRef && `${ctx.statementId}/${ntryRef}`))
      : (txRef ??
        (entryRef && `${entryRef}${position}`) ??
        txId ??
        (ntryRef && `${ctx.statementId}/${ntryRef}${position}`));
  if (found) return found;
  const seed = [ctx.statementId, ctx.entryIndex, part.txIndex ?? '', part.amount.minor, bookingDate].join('|');
  return createHash('sha256').update(seed).digest('hex');
}

function transactionsOf(ntry: unknown, path: XmlPath): Transaction[] {
  return childrenOf(ntry, 'NtryDtls').flatMap((details, d) =>
    childrenOf(details, 'TxDtls').map((node, t) => ({
      node,
      path: [...path, ['NtryDtls', d], ['TxDtls', t]] as XmlPath,
    })),
  );
}

/**
 * A batch transaction's own amount: TxDtls/Amt (camt.053.001.03 and later), else the booked
 * TxAmt, else the instructed amount of AmtDtls (all that .02 has).
 */
function batchPart(
  tx: Transaction,
  txIndex: number,
  entryIndicator: 'CRDT' | 'DBIT',
  label: string,
  issues: Issue[],
): Part | null {
  const sources: [unknown, XmlPath][] = [
    [childOf(tx.node, 'Amt'), [...tx.path, ['Amt', 0]]],
    [childOf(tx.node, 'AmtDtls', 'TxAmt', 'Amt'), [...tx.path, ['AmtDtls', 0], ['TxAmt', 0], ['Amt', 0]]],
    [childOf(tx.node, 'AmtDtls', 'InstdAmt', 'Amt'), [...tx.path, ['AmtDtls', 0], ['InstdAmt', 0], ['Amt', 0]]],
  ];
  const [node, path] = sources.find(([candidate]) => candidate !== undefined) ?? [undefined, [...tx.path, ['Amt', 0]]];
  const amount = readAmount(node, path, label, issues);
  const ownIndicator = childOf(tx.node, 'CdtDbtInd');
  const indicator =
    ownIndicator === undefined
      ? entryIndicator
      : readIndicator(ownIndicator, [...tx.path, ['CdtDbtInd', 0]], label, issues);
  return amount && indicator ? { tx: tx.node, amount, indicator, txIndex } : null;
}

/**
 * The bank entries of one camt.053 Ntry: none (a debit of the merchant's own, a pending entry),
 * one, or one per TxDtls when the bank booked a batch as a single entry. Problems go to
 * `ctx.issues`; an entry with any problem yields nothing, and the caller rejects the file.
 */
export function readCamtEntry(ntry: unknown, ctx: EntryContext): BankEntry[] {
  const { path, issues } = ctx;
  const entry = ctx.entryIndex + 1;
  const label = manageMessage('bankEntryLabel', { entry, transaction: 0 });
  const before = issues.length;

  const amount = readAmount(childOf(ntry, 'Amt'), [...path, ['Amt', 0]], label, issues);
  const indicator = readIndicator(childOf(ntry, 'CdtDbtInd'), [...path, ['CdtDbtInd', 0]], label, issues);
  const reversal = readFlag(childOf(ntry, 'RvslInd'), [...path, ['RvslInd', 0]], label, issues);
  const booked = readDate(childOf(ntry, 'BookgDt'), [...path, ['BookgDt', 0]], label, 'booking', issues);
  const valued = readDate(childOf(ntry, 'ValDt'), [...path, ['ValDt', 0]], label, 'value', issues);
  const bookingDate = booked ?? valued;
  if (booked === undefined && valued === undefined)
    issues.push({ path, reason: manageMessage('bankEntryNoBookingDate', { label }) });

  const transactions = transactionsOf(ntry, path);
  const parts: (Part | null)[] =
    transactions.length > 1
      ? transactions.map((tx, i) => batchPart(tx, i, indicator ?? 'CRDT', manageMessage('bankEntryLabel', { entry, transaction: i + 1 }), issues))
      : [amount && indicator ? { tx: transactions[0]?.node, amount, indicator, txIndex: null } : null];

  if (issues.length > before || !bookingDate) return [];
  // Pending or informational entries (camt.053 should hold only BOOK) have not moved money yet.
  const status = textAt(ntry, 'Sts') ?? textAt(ntry, 'Sts', 'Cd');
  if (status !== null && status !== 'BOOK') return [];

  const entries: BankEntry[] = [];
  for (const part of parts) {
    if (!part || part.amount.minor === 0) continue;
    const returnInfo = childOf(part.tx, 'RtrInf');
    const kind = kindOf(part.indicator, reversal, returnInfo !== undefined);
    if (!kind) continue;

    const remittance = childOf(part.tx, 'RmtInf');
    // Only the payer's own message: AddtlNtryInf and AddtlTxInf hold the bank's booking text
    // ("SEPA-GUTSCHRIFT"), which says nothing about what was paid.
    const unstructured = childrenOf(remittance, 'Ustrd')
      .map(textOf)
      .filter((text) => text !== null);
    const remittanceText = unstructured.length > 0 ? unstructured.join(' ') : null;
    const structured = childrenOf(remittance, 'Strd')
      .map((strd) => compact(textAt(strd, 'CdtrRefInf', 'Ref')))
      .find((ref) => ref !== null);

    entries.push({
      kind,
      amountMinor: part.amount.minor,
      currency: part.amount.currency,
      bookingDate,
      valueDate: valued ?? null,
      reference: referenceOf(structured ?? null, remittanceText),
      remittanceText,
      // camt.053.001.08 wraps the party in Pty (Party40Choice); earlier versions do not.
      counterpartyName: textAt(part.tx, 'RltdPties', 'Dbtr', 'Nm') ?? textAt(part.tx, 'RltdPties', 'Dbtr', 'Pty', 'Nm'),
      counterpartyIban: compact(textAt(part.tx, 'RltdPties', 'DbtrAcct', 'Id', 'IBAN')),
      bankReference: bankReferenceFor(ntry, part, ctx, bookingDate),
      returnReasonCode:
        kind === 'reversal' ? (textAt(returnInfo, 'Rsn', 'Cd') ?? textAt(returnInfo, 'Rsn', 'Prtry')) : null,
    });
  }
  return entries;
}
