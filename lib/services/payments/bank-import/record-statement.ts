import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { bankImports, bankTransactions } from '@/db/schema';
import type { BankEntry, ParsedStatement } from '@/lib/payments/bank-files/types';
import type { AppliedPayment } from '../apply-payment';
import type { MatchContext } from './bank-entry-context';
import { matchCredit } from './match-credit';
import { matchReversal } from './match-reversal';

export type BankImportCounts = {
  /** Entries in the file (the merchant's own outgoing payments are not entries). */
  entries: number;
  /** Credits paid to an invoice. */
  matched: number;
  /** Reversals that took a payment back. */
  reversals: number;
  /** Entries left in the queue for the merchant. */
  unmatched: number;
  /** Entries already imported from another file (an overlapping statement): skipped. */
  duplicates: number;
};

export type RecordedStatement = { importId: string; counts: BankImportCounts; applied: AppliedPayment[] };

/** The bank_transactions row of an entry, before matching decides its status. */
function transactionRow(importId: string, accountKey: string, entry: BankEntry) {
  return {
    importId,
    accountKey,
    bankReference: entry.bankReference,
    kind: entry.kind,
    amountMinor: entry.amountMinor,
    currency: entry.currency,
    bookingDate: entry.bookingDate,
    reference: entry.reference,
    remittanceText: entry.remittanceText,
    counterpartyName: entry.counterpartyName,
    counterpartyIban: entry.counterpartyIban,
    returnReasonCode: entry.returnReasonCode,
    status: 'unmatched' as const,
  };
}

/**
 * A parsed statement, written and matched in the caller's transaction: the import row, then
 * each entry once per account (an entry already held, from an overlapping file, is skipped and
 * counted), each credit paid or queued, each reversal applied or queued.
 *
 * NOTE: the row is inserted before it is matched: ON CONFLICT DO NOTHING on (account, bank
 * reference) is what makes an entry seen twice, even by two imports at once, pay only once.
 */
export async function recordStatement(
  tx: Tx,
  input: {
    statement: ParsedStatement;
    /** Its position in the file (0 for the first or only statement). */
    statementIndex: number;
    filename: string;
    fileSha256: string;
    importedBy: string | null;
  } & MatchContext,
): Promise<RecordedStatement> {
  const { statement } = input;
  const [created] = await tx
    .insert(bankImports)
    .values({
      format: statement.format,
      filename: input.filename,
      fileSha256: input.fileSha256,
      statementId: statement.statementId,
      statementIndex: input.statementIndex,
      accountIban: statement.accountIban,
      entryCount: statement.entries.length,
      matchedCount: 0,
      importedBy: input.importedBy,
      importedAt: input.now,
    })
    .returning({ id: bankImports.id });
  const importId = created!.id;
  // '' for a file that names no account (see bank_transactions.account_key).
  const accountKey = statement.accountIban ?? '';
  const counts: BankImportCounts = { entries: statement.entries.length, matched: 0, reversals: 0, unmatched: 0, duplicates: 0 };
  const applied: AppliedPayment[] = [];

  for (const entry of statement.entries) {
    const [row] = await tx
      .insert(bankTransactions)
      .values(transactionRow(importId, accountKey, entry))
      .onConflictDoNothing({ target: [bankTransactions.accountKey, bankTransactions.bankReference] })
      .returning({ id: bankTransactions.id });
    if (!row) {
      counts.duplicates += 1;
      continue;
    }
    const match = entry.kind === 'credit' ? await matchCredit(tx, entry, input) : await matchReversal(tx, entry, input);
    if (match.status === 'unmatched') {
      counts.unmatched += 1;
      const { invoiceId, customerId, note } = match.suggestion;
      await tx
        .update(bankTransactions)
        .set({ matchNote: note.trim(), suggestedInvoiceId: invoiceId, suggestedCustomerId: customerId })
        .where(eq(bankTransactions.id, row.id));
      continue;
    }
    const linked =
      'applied' in match
        ? { invoiceId: match.applied.invoice.id, paymentId: match.applied.payment.id }
        : { invoiceId: match.invoiceId, paymentId: match.paymentId };
    if ('applied' in match) {
      counts.matched += 1;
      applied.push(match.applied);
    } else {
      counts.reversals += 1;
    }
    await tx
      .update(bankTransactions)
      .set({ status: 'matched', matchNote: match.note, ...linked })
      .where(eq(bankTransactions.id, row.id));
  }

  await tx
    .update(bankImports)
    .set({ matchedCount: counts.matched + counts.reversals })
    .where(eq(bankImports.id, importId));
  return { importId, counts, applied };
}
