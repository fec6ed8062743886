import { and, asc, eq, getTableColumns } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, invoiceLines, invoices, type Invoice, type InvoiceLine } from '@/db/schema';
import { clockCondition, type ClockScope } from '@/db/queries/clock-scope';
import { allOf, pageConditions, pageOrder, toPage, type Page, type PageRequest } from './page';

export async function listApiInvoices(
  scope: ClockScope,
  page: PageRequest,
  filter: { status?: Invoice['status']; customerId?: string; subscriptionId?: string },
): Promise<Page<Invoice>> {
  const rows = await db
    .select(getTableColumns(invoices))
    .from(invoices)
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .where(
      allOf([
        clockCondition(scope),
        filter.status ? eq(invoices.status, filter.status) : undefined,
        filter.customerId ? eq(invoices.customerId, filter.customerId) : undefined,
        filter.subscriptionId ? eq(invoices.subscriptionId, filter.subscriptionId) : undefined,
        ...pageConditions(invoices, invoices.createdAt, invoices.id, page),
      ]),
    )
    .orderBy(...pageOrder(invoices.createdAt, invoices.id))
    .limit(page.limit + 1);
  return toPage(rows, page.limit);
}

/** One invoice of a customer in the scope, with its lines in order; null otherwise. */
export async function getApiInvoice(scope: ClockScope, id: string): Promise<{ invoice: Invoice; lines: InvoiceLine[] } | null> {
  const [invoice] = await db
    .select(getTableColumns(invoices))
    .from(invoices)
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .where(and(eq(invoices.id, id), clockCondition(scope)));
  if (!invoice) return null;
  const lines = await db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, id)).orderBy(asc(invoiceLines.position));
  return { invoice, lines };
}
