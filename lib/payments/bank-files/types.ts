/**
 * One incoming movement on the merchant's account that billing may care about: a payment
 * received (`credit`) or one taken back (`reversal`: a bounced SEPA direct debit, a reversed
 * card or giro payment). The merchant's own outgoing payments are not bank entries.
 */
export type BankEntry = {
  kind: 'credit' | 'reversal';
  /** Integer minor units of `currency`, always positive; `kind` carries the direction. */
  amountMinor: number;
  currency: string;
  /** YYYY-MM-DD. */
  bookingDate: string;
  valueDate: string | null;
  /** A structured RF or KID reference when the payer gave one, in electronic form (no spaces). */
  reference: string | null;
  remittanceText: string | null;
  counterpartyName: string | null;
  counterpartyIban: string | null;
  /**
   * Stable and unique per entry, so importing the same file again changes nothing. The bank's
   * own reference when it sends one; see each parser for how it is derived otherwise.
   */
  bankReference: string;
  /** Why a reversal happened, as the bank coded it (AM04, MD06, AC04, …); null for credits. */
  returnReasonCode: string | null;
};

export type ParsedStatement = {
  format: 'camt053' | 'ocr';
  statementId: string;
  accountIban: string | null;
  currency: string | null;
  entries: BankEntry[];
};

/**
 * `line` is 1-based, counted in the file as it was given. `reason` is a dashboard.manage.messages
 * code with its values where one is catalogued (the import's answer words it: bankNoteText), else English.
 */
export type BankFileError = { line: number; reason: string };

/**
 * A file holds one statement or several (a camt.053 export of several accounts or days); each
 * statement is imported against its own account.
 */
export type ParseResult = { ok: true; statements: ParsedStatement[] } | { ok: false; errors: BankFileError[] };
