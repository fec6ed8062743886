import { and, eq, getTableColumns } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, payments, type Payment } from '@/db/schema';
import { clockCondition, type ClockScope } from '@/db/queries/clock-scope';
import { allOf, pageConditions, pageOrder, toPage, type Page, type PageRequest } from './page';

export async function listApiPayments(
  scope: ClockScope,
  page: PageRequest,
  filter: { status?: Payment['status']; customerId?: string; invoiceId?: string },
): Promise<Page<Payment>> {
  const rows = await db
    .select(getTableColumns(payments))
    .from(payments)
    .innerJoin(customers, eq(customers.id, payments.customerId))
    .where(
      allOf([
        clockCondition(scope),
        filter.status ? eq(payments.status, filter.status) : undefined,
        filter.customerId ? eq(payments.customerId, filter.customerId) : undefined,
        filter.invoiceId ? eq(payments.invoiceId, filter.invoiceId) : undefined,
        ...pageConditions(payments, payments.createdAt, payments.id, page),
      ]),
    )
    .orderBy(...pageOrder(payments.createdAt, payments.id))
    .limit(page.limit + 1);
  return toPage(rows, page.limit);
}

export async function getApiPayment(scope: ClockScope, id: string): Promise<Payment | null> {
  const [row] = await db
    .select(getTableColumns(payments))
    .from(payments)
    .innerJoin(customers, eq(customers.id, payments.customerId))
    .where(and(eq(payments.id, id), clockCondition(scope)));
  return row ?? null;
}
