import { manageCode, manageMessage } from '@/lib/i18n/manage-code';
import type { OcrRecord } from './ocr-giro-records';
import type { BankFileError } from './types';

type Amount1 = Extract<OcrRecord, { type: 'amount-1' }>;
type Amount2 = Extract<OcrRecord, { type: 'amount-2' }>;
type Amount3 = Extract<OcrRecord, { type: 'amount-3' }>;
type Totals = Extract<OcrRecord, { type: 'assignment-end' | 'transmission-end' }>;
type OpenAssignment = {
  start: Extract<OcrRecord, { type: 'assignment-start' }>;
  index: number;
  count: number;
  sum: bigint;
};

/** One payment: amount item 1 (30), 2 (31) and, for the free-text types 20 and 21, 3 (32). */
export type OcrTransaction = {
  first: Amount1;
  second: Amount2 | null;
  third: Amount3 | null;
  assignmentNumber: string;
};

export type OcrTransactionsResult =
  | { ok: true; transmissionNumber: string; accounts: Set<string>; transactions: OcrTransaction[] }
  | { ok: false; errors: BankFileError[] };

/**
 * NOTE: the end records carry the sum of absolute amounts: reversals are added, not deducted.
 */
function checkTotals(end: Totals, what: 'assignment' | 'transmission', transactions: number, records: number, sum: bigint): BankFileError[] {
  const errors: BankFileError[] = [];
  if (end.transactionCount !== transactions) {
    errors.push({ line: end.line, reason: manageMessage('ocrEndTransactionCount', { what, counted: end.transactionCount, held: transactions }) });
  }
  if (end.recordCount !== records) {
    errors.push({ line: end.line, reason: manageMessage('ocrEndRecordCount', { what, counted: end.recordCount, held: records }) });
  }
  if (end.sum !== sum) {
    errors.push({ line: end.line, reason: manageMessage('ocrEndSum', { what, sum: String(end.sum), added: String(sum) }) });
  }
  return errors;
}

/**
 * Checks the order of an OCR giro file's records (10, then assignments of 20, transactions
 * 30-31(-32), 88, then 89) and the counts and sums of both end records, and groups the
 * transaction records. Order problems stop at the first one; count and sum problems are all kept.
 */
export function groupOcrTransactions(records: OcrRecord[]): OcrTransactionsResult {
  const errors: BankFileError[] = [];
  const fail = (line: number, reason: string): OcrTransactionsResult => ({
    ok: false,
    errors: [...errors, { line, reason }],
  });

  const start = records[0];
  if (start.type !== 'transmission-start') {
    return fail(start.line, manageCode('ocrStartMissing'));
  }
  const transactions: OcrTransaction[] = [];
  const accounts = new Set<string>();
  let assignment: OpenAssignment | null = null;
  let current: OcrTransaction | null = null;
  let totalCount = 0;
  let totalSum = 0n;

  for (let index = 1; index < records.length; index++) {
    const record = records[index];
    if (current?.second === null && record.type !== 'amount-2') {
      const number = current.first.transactionNumber;
      return fail(record.line, manageMessage('ocrItem2Missing', { number }));
    }

    switch (record.type) {
      case 'transmission-start':
        return fail(record.line, manageCode('ocrSecondStart'));
      case 'assignment-start':
        if (assignment) return fail(record.line, manageCode('ocrAssignmentOverlap'));
        assignment = { start: record, index, count: 0, sum: 0n };
        accounts.add(record.account);
        current = null;
        break;
      case 'amount-1':
        if (!assignment) return fail(record.line, manageCode('ocrTransactionOutside'));
        if (record.amount > BigInt(Number.MAX_SAFE_INTEGER)) {
          return fail(record.line, manageMessage('ocrAmountTooLarge', { amount: String(record.amount) }));
        }
        current = { first: record, second: null, third: null, assignmentNumber: assignment.start.assignmentNumber };
        transactions.push(current);
        assignment.count++;
        assignment.sum += record.amount;
        break;
      case 'amount-2':
      case 'amount-3': {
        const item = record.type === 'amount-2' ? 2 : 3;
        const inPlace = item === 2 ? current?.second === null : current?.second && current.third === null;
        if (!current || !inPlace)
          return fail(record.line, manageMessage('ocrItemOutOfPlace', { item, record: `3${item - 1}` }));
        const { transactionNumber, transactionType } = current.first;
        if (record.transactionNumber !== transactionNumber || record.transactionType !== transactionType) {
          const values = { item, number: record.transactionNumber, type: record.transactionType, expectedNumber: transactionNumber, expectedType: transactionType };
          return fail(record.line, manageMessage('ocrItemWrongTransaction', values));
        }
        if (record.type === 'amount-2') current.second = record;
        else current.third = record;
        break;
      }
      case 'assignment-end':
        if (!assignment) return fail(record.line, manageCode('ocrAssignmentEndAlone'));
        errors.push(
          ...checkTotals(record, 'assignment', assignment.count, index - assignment.index + 1, assignment.sum),
        );
        totalCount += assignment.count;
        totalSum += assignment.sum;
        assignment = null;
        current = null;
        break;
      case 'transmission-end':
        if (assignment) return fail(record.line, manageCode('ocrEndBeforeAssignmentEnd'));
        if (index !== records.length - 1) {
          return fail(records[index + 1].line, manageCode('ocrRecordsAfterEnd'));
        }
        errors.push(...checkTotals(record, 'transmission', totalCount, records.length, totalSum));
        break;
    }
  }

  const last = records[records.length - 1];
  if (last.type !== 'transmission-end') {
    return fail(last.line, manageCode('ocrEndMissing'));
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, transmissionNumber: start.transmissionNumber, accounts, transactions };
}
