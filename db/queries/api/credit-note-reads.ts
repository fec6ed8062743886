import { and, eq, getTableColumns } from 'drizzle-orm';
import { db } from '@/db/client';
import { creditNotes, customers, type CreditNote } from '@/db/schema';
import { clockCondition, type ClockScope } from '@/db/queries/clock-scope';
import { allOf, pageConditions, pageOrder, toPage, type Page, type PageRequest } from './page';

export async function listApiCreditNotes(scope: ClockScope, page: PageRequest, filter: { customerId?: string; invoiceId?: string }): Promise<Page<CreditNote>> {
  const rows = await db
    .select(getTableColumns(creditNotes))
    .from(creditNotes)
    .innerJoin(customers, eq(customers.id, creditNotes.customerId))
    .where(
      allOf([
        clockCondition(scope),
        filter.customerId ? eq(creditNotes.customerId, filter.customerId) : undefined,
        filter.invoiceId ? eq(creditNotes.invoiceId, filter.invoiceId) : undefined,
        ...pageConditions(creditNotes, creditNotes.issuedAt, creditNotes.id, page),
      ]),
    )
    .orderBy(...pageOrder(creditNotes.issuedAt, creditNotes.id))
    .limit(page.limit + 1);
  return toPage(rows, page.limit);
}

export async function getApiCreditNote(scope: ClockScope, id: string): Promise<CreditNote | null> {
  const [row] = await db
    .select(getTableColumns(creditNotes))
    .from(creditNotes)
    .innerJoin(customers, eq(customers.id, creditNotes.customerId))
    .where(and(eq(creditNotes.id, id), clockCondition(scope)));
  return row ?? null;
}
