import { and, desc, eq, isNull } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { bankTransactions, invoices, payments, type BankTransaction } from '@/db/schema';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { afterMoneyRecorded } from '../after-money-recorded';
import { applyPayment, PaymentRejected, type AppliedPayment } from '../apply-payment';
import { paymentInstant, shopDate } from '../payment-instant';
import { reversePayment } from '../reverse-payment';
import { notePart } from './match-note';

/**
 * The note and a refusal are stored and answered coded (match-note.ts): bankNoteText words them for
 * the staff member; a payment the invoice refuses keeps applyPayment's own sentence.
 */
export type ResolvedTransaction = { status: 'matched' | 'ignored'; invoiceNumber: string | null; note: string };
export type ResolveBankTransactionResult = { ok: true; value: ResolvedTransaction } | { ok: false; error: string };

type Outcome = ResolveBankTransactionResult & { applied?: AppliedPayment };

// Thrown to roll the transaction back on a refusal that comes after something was written.
class Refused extends Error {}

function alreadyResolved(row: BankTransaction, timeZone: string): string {
  const when = row.resolvedAt ?? row.createdAt;
  return notePart('bankAlreadyResolved', { status: row.status === 'matched' ? 'matched' : 'ignored', date: shopDate(when, timeZone) });
}

/** A credit the merchant assigned to an invoice: paid to it like a matched bank line. */
async function applyCredit(tx: Tx, row: BankTransaction, invoiceId: string, staffUserId: string, at: Date): Promise<Outcome> {
  try {
    const applied = await applyPayment(tx, {
      invoiceId,
      amountMinor: row.amountMinor,
      currency: row.currency,
      at,
      source: 'bank_file',
      method: 'bank_transfer',
      reference: row.bankReference,
      note: 'Matched by hand from a bank import',
      recordedBy: staffUserId,
    });
    const { invoice } = applied;
    const note =
      applied.overpaidMinor > 0
        ? notePart('bankResolvedMatchedOverpaid', { number: invoice.number ?? '', amountMinor: applied.overpaidMinor, amountCurrency: row.currency })
        : notePart('bankResolvedMatched', { number: invoice.number ?? '' });
    await tx
      .update(bankTransactions)
      .set({ status: 'matched', invoiceId: invoice.id, paymentId: applied.payment.id, matchNote: note })
      .where(eq(bankTransactions.id, row.id));
    return { ok: true, value: { status: 'matched', invoiceNumber: invoice.number, note }, applied };
  } catch (error) {
    if (error instanceof PaymentRejected) return { ok: false, error: error.message };
    throw error;
  }
}

/** A reversal the merchant assigned to an invoice: its latest paid payment of that amount is taken back. */
async function applyReversal(tx: Tx, row: BankTransaction, invoiceId: string, at: Date): Promise<Outcome> {
  const [invoice] = await tx.select().from(invoices).where(eq(invoices.id, invoiceId));
  if (!invoice) return { ok: false, error: notePart('invoiceMissing') };
  const [payment] = await tx
    .select({ id: payments.id })
    .from(payments)
    .where(
      and(
        eq(payments.invoiceId, invoice.id),
        eq(payments.status, 'paid'),
        isNull(payments.reversedAt),
        eq(payments.amountMinor, row.amountMinor),
        eq(payments.currency, row.currency),
      ),
    )
    .orderBy(desc(payments.settledAt), desc(payments.id))
    .limit(1);
  if (!payment) {
    return { ok: false, error: notePart('bankNothingToTakeBack', { number: invoice.number ?? '', amountMinor: row.amountMinor, amountCurrency: row.currency }) };
  }
  const reason = row.returnReasonCode ? `Returned by the bank (${row.returnReasonCode})` : 'Returned by the bank';
  const reversal = await reversePayment(tx, { paymentId: payment.id, at, reasonCode: row.returnReasonCode, reason });
  if (!reversal.reversed) throw new Refused(`The payment of invoice ${invoice.number} was already taken back.`);
  const note = notePart('bankResolvedReversal', { number: invoice.number ?? '', reopened: reversal.reopened ? 'yes' : 'no' });
  await tx
    .update(bankTransactions)
    .set({ status: 'matched', invoiceId: invoice.id, paymentId: payment.id, matchNote: note })
    .where(eq(bankTransactions.id, row.id));
  return { ok: true, value: { status: 'matched', invoiceNumber: invoice.number, note } };
}

/** The line as it was (unmatched) and as the decision left it, in the audit log. */
async function auditResolution(tx: Tx, staffUserId: string, before: BankTransaction): Promise<void> {
  const [after] = await tx.select().from(bankTransactions).where(eq(bankTransactions.id, before.id));
  const state = (row: BankTransaction) => ({
    status: row.status,
    kind: row.kind,
    amountMinor: row.amountMinor,
    currency: row.currency,
    bankReference: row.bankReference,
    invoiceId: row.invoiceId,
    paymentId: row.paymentId,
    matchNote: row.matchNote,
  });
  await recordAudit(tx, {
    actorUserId: staffUserId,
    action: 'bank-transaction.resolve',
    record: { type: 'bank-transaction', id: before.id },
    before: state(before),
    after: state(after!),
  });
}

/**
 * The merchant's decision on a bank line the import left unmatched: pay it to `invoiceId` (a
 * reversal takes that invoice's payment back), or `'ignore'` it (not a customer's payment). In
 * one transaction with the line locked, so two people deciding at once cannot both book it; a
 * line already matched or ignored is refused and left as it is.
 */
export async function resolveBankTransaction(input: {
  transactionId: string;
  invoiceId: string | 'ignore';
  staffUserId: string;
  now?: Date;
}): Promise<ResolveBankTransactionResult> {
  const now = input.now ?? new Date();
  const { timeZone } = await getShopSettings(db);
  let outcome: Outcome;
  try {
    outcome = await db.transaction(async (tx): Promise<Outcome> => {
      const [row] = await tx.select().from(bankTransactions).where(eq(bankTransactions.id, input.transactionId)).for('update');
      if (!row) return { ok: false, error: notePart('bankTransactionNotFound') };
      if (row.status !== 'unmatched') return { ok: false, error: alreadyResolved(row, timeZone) };

      const decided = { resolvedBy: input.staffUserId, resolvedAt: now };
      if (input.invoiceId === 'ignore') {
        await tx.update(bankTransactions).set({ status: 'ignored', ...decided }).where(eq(bankTransactions.id, row.id));
        await auditResolution(tx, input.staffUserId, row);
        return { ok: true, value: { status: 'ignored', invoiceNumber: null, note: notePart('bankResolvedIgnored') } };
      }
      const at = paymentInstant(row.bookingDate, { now, timeZone });
      const result =
        row.kind === 'credit'
          ? await applyCredit(tx, row, input.invoiceId, input.staffUserId, at)
          : await applyReversal(tx, row, input.invoiceId, at);
      if (result.ok) {
        await tx.update(bankTransactions).set(decided).where(eq(bankTransactions.id, row.id));
        await auditResolution(tx, input.staffUserId, row);
      }
      return result;
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.message };
    throw error;
  }
  if (outcome.applied) await afterMoneyRecorded([outcome.applied]);
  return outcome.ok ? { ok: true, value: outcome.value } : { ok: false, error: outcome.error };
}
