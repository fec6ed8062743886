import { and, eq, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { domainEvents, type DomainEventRow } from '@/db/schema';
import type { ClockScope } from '@/db/queries/clock-scope';
import { allOf, pageConditions, pageOrder, toPage, type Page, type PageRequest } from './page';

/**
 * Whether an event's subject (an order, an invoice or a subscription) belongs to a customer in
 * the scope. Events about no subject are the shop's own and belong to the real time only.
 */
function subjectInScope(scope: ClockScope): SQL {
  const clock = scope.kind === 'real' ? sql`c.test_clock_id is null` : sql`c.test_clock_id = ${scope.clockId}`;
  const ownerOf = (table: string) =>
    sql`exists (select 1 from ${sql.raw(table)} s join customers c on c.id = s.customer_id where s.id = ${domainEvents.subjectId} and ${clock})`;
  return sql`case ${domainEvents.subjectType}
    when 'order' then ${ownerOf('orders')}
    when 'invoice' then ${ownerOf('invoices')}
    when 'subscription' then ${ownerOf('subscriptions')}
    else ${scope.kind === 'real'} end`;
}

/** The domain event log, newest first, without the events of another scope's customers. */
export async function listApiEvents(scope: ClockScope, page: PageRequest, filter: { type?: string }): Promise<Page<DomainEventRow>> {
  const rows = await db
    .select()
    .from(domainEvents)
    .where(
      allOf([
        subjectInScope(scope),
        filter.type ? eq(domainEvents.name, filter.type as DomainEventRow['name']) : undefined,
        ...pageConditions(domainEvents, domainEvents.occurredAt, domainEvents.id, page),
      ]),
    )
    .orderBy(...pageOrder(domainEvents.occurredAt, domainEvents.id))
    .limit(page.limit + 1);
  return toPage(rows, page.limit);
}

export async function getApiEvent(scope: ClockScope, id: string): Promise<DomainEventRow | null> {
  const [row] = await db.select().from(domainEvents).where(and(eq(domainEvents.id, id), subjectInScope(scope)));
  return row ?? null;
}
