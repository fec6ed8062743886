import { and, eq, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { emailOutbox, emailStatus, type EmailLinkRef, type OutboxEmail } from '@/db/schema';
import { keysetBatches, keysetPage, searchAny, type KeysetFetchArgs, type KeysetSpec, type ListPage } from '@/db/queries/lists/keyset-page';
import type { ListConfig, ListQuery } from '@/lib/validations/list-query';

/** One outbox message as the outbox list shows it (no bodies); dates as ISO strings. */
export type OutboxListRow = {
  id: string;
  createdAt: string;
  toAddress: string;
  subject: string;
  template: string;
  status: OutboxEmail['status'];
  error: string | null;
  /** The signed links the message carried (an invoice's PDF, its pay page), for the record. */
  links: EmailLinkRef[];
};

export const OUTBOX_LIST: ListConfig = {
  sorts: ['createdAt'],
  defaultSort: { id: 'createdAt', desc: true },
  filters: { status: emailStatus.enumValues },
};

const SPEC: KeysetSpec = { sorts: { createdAt: { expr: emailOutbox.createdAt, type: 'timestamptz' } }, id: emailOutbox.id };

function conditions(query: ListQuery): SQL | undefined {
  const { status } = query.filters;
  return and(
    status ? eq(emailOutbox.status, status as OutboxEmail['status']) : undefined,
    // NOTE: no trigram index here: a bill run writes a message per subscription, and the outbox
    // is searched rarely; the search reads the messages in date order until a page is full.
    searchAny(query.q, [emailOutbox.toAddress, emailOutbox.subject, emailOutbox.template]),
  );
}

function fetchRows({ where, orderBy, limit, sortValue }: KeysetFetchArgs) {
  return db
    .select({
      id: emailOutbox.id,
      sortValue,
      createdAt: emailOutbox.createdAt,
      toAddress: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      template: emailOutbox.template,
      status: emailOutbox.status,
      error: emailOutbox.error,
      links: emailOutbox.links,
    })
    .from(emailOutbox)
    .where(where)
    .orderBy(...orderBy)
    .limit(limit);
}

function toRow({ sortValue: _sort, ...row }: Awaited<ReturnType<typeof fetchRows>>[number]): OutboxListRow {
  return { ...row, links: row.links ?? [], createdAt: row.createdAt.toISOString() };
}

/** One page of the outbox (every message the shop sent or stored), newest first, without bodies. */
export async function listOutboxEmails(query: ListQuery): Promise<ListPage<OutboxListRow>> {
  const page = await keysetPage(SPEC, query, conditions(query), fetchRows);
  return { ...page, rows: page.rows.map(toRow) };
}

/** Every message of the list with the same filters and order, in batches (CSV export). */
export async function* outboxBatches(query: ListQuery): AsyncGenerator<OutboxListRow[]> {
  for await (const rows of keysetBatches(SPEC, query, conditions(query), fetchRows)) yield rows.map(toRow);
}
