import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, type Customer } from '@/db/schema';
import { clockCondition, type ClockScope } from '@/db/queries/clock-scope';
import { allOf, pageConditions, pageOrder, toPage, type Page, type PageRequest } from './page';

/** The scope's customers, newest first (erased customers included: their invoices still point at them). */
export async function listApiCustomers(scope: ClockScope, page: PageRequest, filter: { email?: string }): Promise<Page<Customer>> {
  const rows = await db
    .select()
    .from(customers)
    .where(
      allOf([
        clockCondition(scope),
        filter.email ? eq(customers.email, filter.email.trim().toLowerCase()) : undefined,
        ...pageConditions(customers, customers.createdAt, customers.id, page),
      ]),
    )
    .orderBy(...pageOrder(customers.createdAt, customers.id))
    .limit(page.limit + 1);
  return toPage(rows, page.limit);
}

/** One customer in the scope; null for another scope's (a test clock's) or none. */
export async function getApiCustomer(scope: ClockScope, id: string): Promise<Customer | null> {
  const [row] = await db.select().from(customers).where(and(eq(customers.id, id), clockCondition(scope)));
  return row ?? null;
}
