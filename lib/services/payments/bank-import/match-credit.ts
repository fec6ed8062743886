import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { customers, invoices } from '@/db/schema';
import { amountOwed } from '@/lib/billing/amount-owed';
import type { BankEntry } from '@/lib/payments/bank-files/types';
import { applyPayment, PaymentRejected, type AppliedPayment } from '../apply-payment';
import { isLapsedOrderInvoice } from '../lapsed-order-invoice';
import { paymentInstant } from '../payment-instant';
import { money, referenceOf, type MatchContext } from './bank-entry-context';
import { suggestInvoice, type Suggestion } from './suggest-invoice';
import { joinNote, notePart } from './match-note';

export type CreditMatch =
  | { status: 'matched'; applied: AppliedPayment; note: string }
  | { status: 'unmatched'; suggestion: Suggestion };

type ReferenceFinding = { payable: { id: string } | null; suggestion: Suggestion };

/**
 * The invoice a reference names. Only one open invoice in the entry's currency is paid
 * automatically; anything else (already paid, void, another currency, the same reference on
 * several open invoices) is explained and, where one invoice is the obvious one, suggested.
 */
async function findByReference(tx: Tx, reference: string, entry: BankEntry): Promise<ReferenceFinding> {
  const rows = await tx
    .select({
      id: invoices.id,
      number: invoices.number,
      status: invoices.status,
      currency: invoices.currency,
      customerId: invoices.customerId,
      orderId: invoices.orderId,
    })
    .from(invoices)
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .where(and(eq(invoices.paymentReference, reference), ne(invoices.status, 'draft'), isNull(customers.testClockId)))
    .orderBy(sql`${invoices.dueAt} asc nulls last`, asc(invoices.id));
  const none: Suggestion = { invoiceId: null, customerId: null, note: '' };
  const suggest = (row: (typeof rows)[number], note: string): ReferenceFinding => ({
    payable: null,
    suggestion: { invoiceId: row.id, customerId: row.customerId, note },
  });

  const sameCurrency = rows.filter((row) => row.currency === entry.currency);
  const payable = sameCurrency.filter((row) => row.status === 'open' || row.status === 'uncollectible');
  if (payable.length === 1) return { payable: payable[0]!, suggestion: none };
  if (payable.length > 1) {
    const numbers = payable.map((row) => row.number).join(', ');
    return suggest(payable[0]!, notePart('bankNoteReferenceSeveral', { reference, count: payable.length, numbers }));
  }
  const paid = sameCurrency.find((row) => row.status === 'paid');
  if (paid) {
    return suggest(paid, notePart('bankNoteReferencePaid', { reference, number: paid.number ?? '' }));
  }
  const voided = sameCurrency.find((row) => row.status === 'void');
  if (voided && (await isLapsedOrderInvoice(tx, voided))) {
    return suggest(voided, notePart('bankNoteReferenceLapsed', { reference, number: voided.number ?? '' }));
  }
  if (voided) return { payable: null, suggestion: { ...none, note: notePart('bankNoteReferenceVoid', { reference, number: voided.number ?? '' }) } };
  const other = rows[0];
  if (other) {
    const note = notePart('bankNoteReferenceCurrency', { reference, number: other.number ?? '', invoiceCurrency: other.currency, paymentCurrency: entry.currency });
    return { payable: null, suggestion: { ...none, note } };
  }
  return { payable: null, suggestion: { ...none, note: notePart('bankNoteReferenceUnknown', { reference }) } };
}

function appliedNote(applied: AppliedPayment, reference: string): string {
  const { invoice, payment } = applied;
  if (applied.overpaidMinor > 0) {
    return `Reference ${reference}: invoice ${invoice.number} paid; ${money(applied.overpaidMinor, payment.currency)} more than it owed went to the customer’s balance.`;
  }
  if (applied.paidInFull) return `Reference ${reference}: invoice ${invoice.number} paid in full.`;
  return `Reference ${reference}: ${money(payment.amountMinor, payment.currency)} paid on invoice ${invoice.number}; ${money(amountOwed(invoice), invoice.currency)} still open.`;
}

/**
 * A credit on the merchant's account: paid to the invoice its reference names (partly, fully or
 * beyond, as applyPayment books it), or left for the merchant with the reason and, if one fits,
 * a suggested invoice of the same amount to a payer of a similar name.
 */
export async function matchCredit(tx: Tx, entry: BankEntry, context: MatchContext): Promise<CreditMatch> {
  const reference = referenceOf(entry);
  if (!reference) {
    const suggestion = await suggestInvoice(tx, entry);
    return { status: 'unmatched', suggestion: { ...suggestion, note: joinNote(notePart('bankNoteNoReference'), suggestion.note) } };
  }

  const found = await findByReference(tx, reference, entry);
  if (found.payable) {
    try {
      const applied = await applyPayment(tx, {
        invoiceId: found.payable.id,
        amountMinor: entry.amountMinor,
        currency: entry.currency,
        at: paymentInstant(entry.bookingDate, context),
        source: 'bank_file',
        method: 'bank_transfer',
        reference: entry.bankReference,
      });
      return { status: 'matched', applied, note: appliedNote(applied, reference) };
    } catch (error) {
      // NOTE: applyPayment refuses before it writes, so the import's transaction is still good.
      if (!(error instanceof PaymentRejected)) throw error;
      return { status: 'unmatched', suggestion: { invoiceId: found.payable.id, customerId: null, note: error.message } };
    }
  }
  if (found.suggestion.invoiceId) return { status: 'unmatched', suggestion: found.suggestion };
  const byAmount = await suggestInvoice(tx, entry);
  return { status: 'unmatched', suggestion: { ...byAmount, note: joinNote(found.suggestion.note, byAmount.note) } };
}
