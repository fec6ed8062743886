import { normalizeReference } from '../references/normalize-reference';
import { norwegianIban } from './norwegian-iban';
import { parseOcrRecord } from './ocr-giro-records';
import { groupOcrTransactions, type OcrTransaction } from './ocr-giro-transactions';
import type { BankEntry, ParseResult } from './types';
import { manageCode } from '@/lib/i18n/manage-code';

// Reversals of a card or online-bank payment ("reversering med KID / med fritekst").
const REVERSAL_TYPES = new Set([18, 20]);

/** Files end with a line break (sometimes CRLF); a trailing empty line is not a record. */
function recordLines(text: string): string[] {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function entryOf(tx: OcrTransaction, transmissionNumber: string): BankEntry {
  const { first, second, third } = tx;
  const remittanceText = third?.text ?? null;
  return {
    kind: REVERSAL_TYPES.has(first.transactionType) || first.negative ? 'reversal' : 'credit',
    amountMinor: Number(first.amount),
    currency: 'NOK',
    bookingDate: first.settlementDate,
    // OCR giro has only the settlement date, which is the booking date.
    valueDate: null,
    // Types 20 and 21 carry free text instead of a KID; a payer may have typed the KID there.
    reference: first.kid ?? (remittanceText === null ? null : normalizeReference(remittanceText)),
    remittanceText,
    counterpartyName: null,
    counterpartyIban: second === null ? null : norwegianIban(second.debitAccount),
    // Assignment and transaction numbers identify the payment at Nets; the transmission number
    // is added because other OCR senders restart assignment numbers in every file.
    bankReference: `${transmissionNumber}/${tx.assignmentNumber}/${first.transactionNumber}`,
    returnReasonCode: null,
  };
}

/**
 * Reads a Nets OCR giro file (80-character records: transmission 10/89, assignments 20/88,
 * transactions 30/31/32) into bank entries in NOK. Every record is checked and the end
 * records' counts and sums must match; any problem rejects the whole file with its line.
 *
 * bankReference is "<transmission number>/<assignment number>/<transaction number>".
 */
export function parseOcrGiro(text: string): ParseResult {
  const parsed = recordLines(text).map((line, index) => parseOcrRecord(line, index + 1));
  if (parsed.length === 0) return { ok: false, errors: [{ line: 1, reason: manageCode('bankFileNoRecords') }] };
  const recordErrors = parsed.flatMap((result) => (result.ok ? [] : [result.error]));
  if (recordErrors.length > 0) return { ok: false, errors: recordErrors };

  const grouped = groupOcrTransactions(parsed.flatMap((result) => (result.ok ? [result.record] : [])));
  if (!grouped.ok) return grouped;
  const { transmissionNumber, accounts, transactions } = grouped;
  const [account] = accounts;
  return {
    ok: true,
    statements: [
      {
        format: 'ocr',
        statementId: transmissionNumber,
        accountIban: accounts.size === 1 ? norwegianIban(account) : null,
        currency: 'NOK',
        entries: transactions.filter((tx) => tx.first.amount > 0n).map((tx) => entryOf(tx, transmissionNumber)),
      },
    ],
  };
}
