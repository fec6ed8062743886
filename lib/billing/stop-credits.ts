/** What stopping a subscription now does to the invoice of a term that has not begun yet. */
export type AheadInvoiceOnStop = 'void' | 'credit' | 'keep';

/**
 * A term invoiced ahead of its start (the invoice step runs days before the term) and never to
 * be served: unpaid, it is voided; paid or partly paid, it is credited in full (what it owes is
 * taken off, what was paid goes to the balance); void or uncollectible, it is left as it is.
 */
export function aheadInvoiceOnStop(invoice: { status: string; amountPaidMinor: number }): AheadInvoiceOnStop {
  if (invoice.status === 'open' && invoice.amountPaidMinor === 0) return 'void';
  if (invoice.status === 'open' || invoice.status === 'paid') return 'credit';
  return 'keep';
}

/**
 * What the credit notes of a stop come to: the part kept as the customer's balance, and the part
 * that only lowered what open invoices owe (a note on an unpaid invoice pays nobody anything).
 */
export function stopCredits(notes: { disposition: 'refund' | 'balance' | 'reduce_open'; totalMinor: number }[]): {
  toBalanceMinor: number;
  offOpenInvoicesMinor: number;
} {
  let toBalanceMinor = 0;
  let offOpenInvoicesMinor = 0;
  for (const note of notes) {
    if (note.disposition === 'balance') toBalanceMinor += note.totalMinor;
    else if (note.disposition === 'reduce_open') offOpenInvoicesMinor += note.totalMinor;
  }
  return { toBalanceMinor, offOpenInvoicesMinor };
}
