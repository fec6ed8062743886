import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { amountOwedSql } from '@/db/amount-owed-sql';
import type { Tx } from '@/db/client';
import { customers, invoices } from '@/db/schema';
import type { BankEntry } from '@/lib/payments/bank-files/types';
import { namesSimilar } from './names-similar';
import { notePart } from './match-note';

/** A likely invoice for the merchant to confirm, and why; `invoiceId` null when there is none. */
export type Suggestion = { invoiceId: string | null; customerId: string | null; note: string };

// Every monthly plan at one price owes the same amount: enough rows to find the payer among them.
const CANDIDATES = 200;

/**
 * An open invoice that owes exactly the entry's amount, in its currency, billed to someone whose
 * name looks like the payer's (the customer, the company or the name the invoice was issued to).
 * Several such invoices: the one due first is suggested, and the note says how many there are.
 */
export async function suggestInvoice(
  tx: Tx,
  entry: Pick<BankEntry, 'amountMinor' | 'currency' | 'counterpartyName'>,
): Promise<Suggestion> {
  const rows = await tx
    .select({
      id: invoices.id,
      number: invoices.number,
      customerId: invoices.customerId,
      names: sql<(string | null)[]>`array[${customers.name}, ${customers.companyName}, ${invoices.customerSnapshot}->>'name']`,
    })
    .from(invoices)
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .where(
      and(
        inArray(invoices.status, ['open', 'uncollectible']),
        eq(invoices.currency, entry.currency),
        sql`${amountOwedSql(invoices)} = ${entry.amountMinor}`,
        // Simulated customers' invoices never take real money.
        isNull(customers.testClockId),
      ),
    )
    .orderBy(sql`${invoices.dueAt} asc nulls last`, asc(invoices.id))
    .limit(CANDIDATES);

  // Coded, the amount as minor units: the queue writes it in each staff member's language (match-note.ts).
  const amount = { amountMinor: entry.amountMinor, amountCurrency: entry.currency };
  if (rows.length === 0) return { invoiceId: null, customerId: null, note: notePart('bankNoteNoneOwes', amount) };
  const payer = entry.counterpartyName;
  const alike = rows.filter((row) => row.names.some((name) => namesSimilar(payer, name)));
  if (alike.length === 0) {
    const note = payer ? notePart('bankNoteNoneByName', { count: rows.length, ...amount, payer }) : notePart('bankNoteNoneByNoName', { count: rows.length, ...amount });
    return { invoiceId: null, customerId: null, note };
  }
  const [first] = alike;
  const note =
    alike.length === 1
      ? notePart('bankNoteSuggested', { number: first!.number ?? '', ...amount, payer: payer ?? '' })
      : notePart('bankNoteSuggestedFirst', { number: first!.number ?? '', count: alike.length, ...amount, payer: payer ?? '' });
  return { invoiceId: first!.id, customerId: first!.customerId, note };
}
