import { assertMinor } from './rounding';

/** The three amounts of an invoice that decide what it still owes (as the invoice row names them). */
export type InvoiceBalance = {
  /** Everything charged, reminder fees included. */
  totalMinor: number;
  /** Money received for it (payments, the customer's balance used on it). */
  amountPaidMinor: number;
  /** Taken back by credit notes. */
  creditedMinor: number;
};

/**
 * What an invoice still owes: its total less what was paid and what credit notes took back,
 * never below zero (an overpayment is the customer's balance, not a negative debt).
 *
 * NOTE: the one formula for every reader: e-mails, the pay link, payments, reversals, the
 * dashboard. SQL that must compute it in a query uses `amountOwedSql` (db/amount-owed-sql.ts),
 * which is tested against this function.
 */
export function amountOwed(invoice: InvoiceBalance): number {
  assertMinor(invoice.totalMinor, 'total');
  assertMinor(invoice.amountPaidMinor, 'amount paid');
  assertMinor(invoice.creditedMinor, 'credited');
  return Math.max(0, invoice.totalMinor - invoice.amountPaidMinor - invoice.creditedMinor);
}
