import { asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { amountOwedSql } from '@/db/amount-owed-sql';
import { db } from '@/db/client';
import { bankImports, bankTransactions, customers, invoices, type BankTransaction } from '@/db/schema';

/** One bank line waiting for the merchant, with the invoice suggested for it. */
export type UnmatchedTransactionRow = {
  id: string;
  kind: BankTransaction['kind'];
  bookingDate: string;
  amountMinor: number;
  currency: string;
  counterpartyName: string | null;
  counterpartyIban: string | null;
  reference: string | null;
  remittanceText: string | null;
  returnReasonCode: string | null;
  matchNote: string | null;
  filename: string;
  suggested: { id: string; number: string | null; customerName: string; openMinor: number; currency: string } | null;
};

const suggestedInvoice = alias(invoices, 'suggested_invoice');

/** The queue: every unmatched bank line, oldest booking first (the longest-waiting payers). */
export async function listUnmatchedTransactions(): Promise<UnmatchedTransactionRow[]> {
  const rows = await db
    .select({
      transaction: bankTransactions,
      filename: bankImports.filename,
      suggestedId: suggestedInvoice.id,
      suggestedNumber: suggestedInvoice.number,
      suggestedCurrency: suggestedInvoice.currency,
      suggestedOpen: amountOwedSql(suggestedInvoice),
      suggestedCustomer: sql<string | null>`coalesce(${suggestedInvoice.customerSnapshot}->>'name', ${customers.name})`,
    })
    .from(bankTransactions)
    .innerJoin(bankImports, eq(bankImports.id, bankTransactions.importId))
    .leftJoin(suggestedInvoice, eq(suggestedInvoice.id, bankTransactions.suggestedInvoiceId))
    .leftJoin(customers, eq(customers.id, suggestedInvoice.customerId))
    .where(eq(bankTransactions.status, 'unmatched'))
    .orderBy(asc(bankTransactions.bookingDate), asc(bankTransactions.createdAt), asc(bankTransactions.id));
  return rows.map(({ transaction: t, filename, ...s }) => ({
    id: t.id,
    kind: t.kind,
    bookingDate: t.bookingDate,
    amountMinor: t.amountMinor,
    currency: t.currency,
    counterpartyName: t.counterpartyName,
    counterpartyIban: t.counterpartyIban,
    reference: t.reference,
    remittanceText: t.remittanceText,
    returnReasonCode: t.returnReasonCode,
    matchNote: t.matchNote,
    filename,
    suggested: s.suggestedId
      ? {
          id: s.suggestedId,
          number: s.suggestedNumber,
          customerName: s.suggestedCustomer ?? '',
          openMinor: Number(s.suggestedOpen ?? 0),
          currency: s.suggestedCurrency!,
        }
      : null,
  }));
}
