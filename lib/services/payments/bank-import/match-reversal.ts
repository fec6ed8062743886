import { and, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { customers, invoices, payments } from '@/db/schema';
import type { BankEntry } from '@/lib/payments/bank-files/types';
import { paymentInstant } from '../payment-instant';
import { reversePayment } from '../reverse-payment';
import { referenceOf, type MatchContext } from './bank-entry-context';
import { namesSimilar } from './names-similar';
import type { Suggestion } from './suggest-invoice';
import { notePart } from './match-note';

export type ReversalMatch =
  | { status: 'matched'; paymentId: string; invoiceId: string; note: string }
  | { status: 'unmatched'; suggestion: Suggestion };

type Candidate = {
  paymentId: string;
  invoiceId: string;
  customerId: string;
  invoiceNumber: string | null;
  paymentReference: string | null;
  names: (string | null)[];
};

// Banks take a debit back within weeks (13 months at most): the latest payments are the ones.
const CANDIDATES = 200;

/**
 * The paid payments a bank can take back: money a bank file brought in, or a SEPA direct debit
 * collected by autopay, of exactly this amount and currency, not reversed yet; newest first.
 */
async function reversibleOfAmount(tx: Tx, entry: BankEntry): Promise<Candidate[]> {
  return tx
    .select({
      paymentId: payments.id,
      invoiceId: invoices.id,
      customerId: invoices.customerId,
      invoiceNumber: invoices.number,
      paymentReference: invoices.paymentReference,
      names: sql<(string | null)[]>`array[${customers.name}, ${customers.companyName}, ${invoices.customerSnapshot}->>'name']`,
    })
    .from(payments)
    .innerJoin(invoices, eq(invoices.id, payments.invoiceId))
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .where(
      and(
        eq(payments.status, 'paid'),
        isNull(payments.reversedAt),
        eq(payments.amountMinor, entry.amountMinor),
        eq(payments.currency, entry.currency),
        or(eq(payments.source, 'bank_file'), and(eq(payments.source, 'autopay'), eq(payments.method, 'sepa_debit'))),
        isNull(customers.testClockId),
      ),
    )
    .orderBy(desc(payments.settledAt), desc(payments.id))
    .limit(CANDIDATES);
}

/**
 * Which payment a reversal takes back: the one on the invoice its reference names; without a
 * reference, the one whose invoice number the bank's text quotes, or else the only one paid by
 * someone of the payer's name. Ambiguity is never guessed: the merchant chooses.
 */
function pick(entry: BankEntry, candidates: Candidate[]): { found: Candidate | null; why: string; sameName?: number } {
  const reference = referenceOf(entry);
  if (reference) {
    const found = candidates.find((c) => c.paymentReference === reference);
    if (found) return { found, why: `reference ${reference}` };
  }
  const text = entry.remittanceText?.toLowerCase() ?? '';
  const quoted = candidates.filter((c) => c.invoiceNumber && text.includes(c.invoiceNumber.toLowerCase()));
  if (quoted.length === 1) return { found: quoted[0]!, why: `invoice number ${quoted[0]!.invoiceNumber} in the text` };
  const named = candidates.filter((c) => c.names.some((name) => namesSimilar(entry.counterpartyName, name)));
  if (named.length === 1) return { found: named[0]!, why: `amount and payer name “${entry.counterpartyName}”` };
  return { found: null, why: '', sameName: named.length };
}

/**
 * A payment taken back (a bounced SEPA debit, a returned transfer): the payment it reverses is
 * charged back through reversePayment, which reopens the invoice and restarts its dunning.
 * Not found for certain: left for the merchant, with the likeliest invoice suggested.
 */
export async function matchReversal(tx: Tx, entry: BankEntry, context: MatchContext): Promise<ReversalMatch> {
  const candidates = await reversibleOfAmount(tx, entry);
  const { found, why, sameName = 0 } = pick(entry, candidates);
  const code = entry.returnReasonCode ? ` (${entry.returnReasonCode})` : '';
  if (!found) {
    // Coded, the amount as minor units: the queue writes it in each staff member's language (match-note.ts).
    const values = { amountMinor: entry.amountMinor, amountCurrency: entry.currency, reason: code };
    const note =
      candidates.length === 0
        ? notePart('bankNoteReversalNone', values)
        : sameName > 1
          ? notePart('bankNoteReversalSeveralByName', { ...values, count: sameName })
          : notePart('bankNoteReversalSeveral', { ...values, count: candidates.length });
    const likely = candidates.find((c) => c.names.some((name) => namesSimilar(entry.counterpartyName, name)));
    return { status: 'unmatched', suggestion: { invoiceId: likely?.invoiceId ?? null, customerId: likely?.customerId ?? null, note } };
  }
  const reversal = await reversePayment(tx, {
    paymentId: found.paymentId,
    at: paymentInstant(entry.bookingDate, context),
    reasonCode: entry.returnReasonCode,
    reason: entry.returnReasonCode ? `Returned by the bank (${entry.returnReasonCode})` : 'Returned by the bank',
  });
  return {
    status: 'matched',
    paymentId: found.paymentId,
    invoiceId: found.invoiceId,
    note: `Reversal${code} of the payment of invoice ${found.invoiceNumber}, found by ${why}: ${
      reversal.reopened ? 'the invoice is open again' : 'the invoice owes the amount again'
    }.`,
  };
}
