import { calendarDate } from './calendar-date';
import type { BankFileError } from './types';
import { manageMessage } from '@/lib/i18n/manage-code';

/** The records of a Nets OCR giro file, with the fields billing uses. Amounts are in øre. */
export type OcrRecord =
  | { type: 'transmission-start'; line: number; transmissionNumber: string }
  | { type: 'assignment-start'; line: number; agreementId: string; assignmentNumber: string; account: string }
  | {
      type: 'amount-1';
      line: number;
      transactionType: number;
      transactionNumber: string;
      settlementDate: string;
      negative: boolean;
      amount: bigint;
      kid: string | null;
    }
  | { type: 'amount-2'; line: number; transactionType: number; transactionNumber: string; debitAccount: string }
  | { type: 'amount-3'; line: number; transactionType: number; transactionNumber: string; text: string | null }
  | {
      type: 'assignment-end' | 'transmission-end';
      line: number;
      transactionCount: number;
      recordCount: number;
      sum: bigint;
    };

export type OcrRecordResult = { ok: true; record: OcrRecord } | { ok: false; error: BankFileError };

export const RECORD_LENGTH = 80;

/** A field a record's reason names, by its key in the ocrField messages' `field` select. */
type OcrField =
  | 'dataSender'
  | 'transmissionNumber'
  | 'dataRecipient'
  | 'agreementId'
  | 'assignmentNumber'
  | 'assignmentAccount'
  | 'transactionCount'
  | 'recordCount'
  | 'totalAmount'
  | 'transactionType'
  | 'transactionNumber'
  | 'settlementDate'
  | 'amount'
  | 'debitAccount';

/**
 * Field access by the 1-based, inclusive positions the Nets system specification lists, so each
 * field below can be checked against the spec by eye. The first problem found is kept, as a
 * dashboard.manage.messages code (the import words it in the staff member's language).
 */
function fieldReader(text: string) {
  let problem: string | null = null;
  const raw = (from: number, to: number) => text.slice(from - 1, to);
  const digits = (from: number, to: number, field: OcrField) => {
    const value = raw(from, to);
    if (!/^\d+$/.test(value)) problem ??= manageMessage('ocrFieldNotNumeric', { field, from, to, value });
    return value;
  };
  const date = (from: number, field: OcrField) => {
    const value = digits(from, from + 5, field);
    const parsed = calendarDate(2000 + Number(value.slice(4, 6)), Number(value.slice(2, 4)), Number(value.slice(0, 2)));
    if (parsed === null) problem ??= manageMessage('ocrFieldNotDate', { field, from, to: from + 5, value });
    return parsed ?? '';
  };
  const fail = (reason: string) => {
    problem ??= reason;
  };
  return { raw, digits, date, fail, problem: () => problem };
}

/**
 * Reads one 80-character record. Only the fields billing uses are checked beyond the record
 * layout; fillers are not, so a sender that pads with spaces instead of zeros is still read.
 */
export function parseOcrRecord(text: string, line: number): OcrRecordResult {
  if (text.length !== RECORD_LENGTH) {
    return {
      ok: false,
      error: { line, reason: manageMessage('bankFileRecordLength', { length: text.length, expected: RECORD_LENGTH }) },
    };
  }
  const f = fieldReader(text);
  const code = f.raw(1, 8);
  const service = f.raw(3, 4);
  const recordType = f.raw(7, 8);
  let record: OcrRecord | null = null;

  if (f.raw(1, 2) !== 'NY') {
    f.fail(manageMessage('ocrRecordNotNY', { code }));
  } else if (code === 'NY000010') {
    f.digits(9, 16, 'dataSender');
    record = { type: 'transmission-start', line, transmissionNumber: f.digits(17, 23, 'transmissionNumber') };
    f.digits(24, 31, 'dataRecipient');
  } else if (code === 'NY090020') {
    record = {
      type: 'assignment-start',
      line,
      agreementId: f.digits(9, 17, 'agreementId'),
      assignmentNumber: f.digits(18, 24, 'assignmentNumber'),
      account: f.digits(25, 35, 'assignmentAccount'),
    };
  } else if (code === 'NY090088' || code === 'NY000089') {
    record = {
      type: code === 'NY090088' ? 'assignment-end' : 'transmission-end',
      line,
      transactionCount: Number(f.digits(9, 16, 'transactionCount')),
      recordCount: Number(f.digits(17, 24, 'recordCount')),
      sum: BigInt(f.digits(25, 41, 'totalAmount').replace(/\D/g, '') || '0'),
    };
  } else if (service === '09' && ['30', '31', '32'].includes(recordType)) {
    const transactionType = Number(f.digits(5, 6, 'transactionType'));
    if (f.problem() === null && (transactionType < 10 || transactionType > 21)) {
      f.fail(manageMessage('ocrTransactionTypeUnknown', { type: f.raw(5, 6) }));
    }
    const transactionNumber = f.digits(9, 15, 'transactionNumber');
    if (recordType === '30') {
      const settlementDate = f.date(16, 'settlementDate');
      const sign = f.raw(32, 32);
      if (sign !== '0' && sign !== '-' && sign !== ' ') f.fail(manageMessage('ocrSignInvalid', { sign }));
      const amount = BigInt(f.digits(33, 49, 'amount').replace(/\D/g, '') || '0');
      const kid = f.raw(50, 74).trim();
      if (!/^[\d-]*$/.test(kid)) f.fail(manageMessage('ocrKidNotNumeric', { kid }));
      record = {
        type: 'amount-1',
        line,
        transactionType,
        transactionNumber,
        settlementDate,
        negative: sign === '-',
        amount,
        kid: kid === '' ? null : kid,
      };
    } else if (recordType === '31') {
      record = {
        type: 'amount-2',
        line,
        transactionType,
        transactionNumber,
        debitAccount: f.digits(48, 58, 'debitAccount'),
      };
    } else {
      record = { type: 'amount-3', line, transactionType, transactionNumber, text: f.raw(16, 55).trim() || null };
    }
  } else {
    f.fail(manageMessage('ocrRecordUnknown', { code }));
  }

  const problem = f.problem();
  if (problem !== null || record === null)
    return { ok: false, error: { line, reason: problem ?? manageMessage('ocrRecordUnreadable', { code }) } };
  return { ok: true, record };
}
