import { and, ilike, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { ListQuery } from '@/lib/validations/list-query';

/**
 * One sortable column of a list: a never-null SQL expression and its type. The list's order is
 * (expression, id) in one direction, so a B-tree on (column, id) serves both directions and
 * every page is an index range scan from the cursor, however deep.
 */
export type KeysetSort = { expr: SQL | AnyColumn; type: 'timestamptz' | 'text' | 'bigint' | 'integer' | 'uuid' };

export type KeysetSpec = {
  sorts: Record<string, KeysetSort>;
  /** The tie-breaker: a uuid primary key (or a uuid expression of a composite key, indexed as such). */
  id: AnyColumn | SQL;
};

/** What a list's own select receives: add `sortValue` to the selection and `id` must be the row's id. */
export type KeysetFetchArgs = { where: SQL | undefined; orderBy: SQL[]; limit: number; sortValue: SQL<string> };
export type KeysetFetch<TRaw> = (args: KeysetFetchArgs) => Promise<(TRaw & { id: string; sortValue: string })[]>;

export type ListPage<TRow> = {
  rows: TRow[];
  page: number;
  size: number;
  /** Cursors for the next and previous page; null at either end. */
  nextCursor: string | null;
  prevCursor: string | null;
  /** Set when the address bar's cursor could not be read (the first page is shown instead). */
  cursorError: string | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VALUE_SHAPE: Record<KeysetSort['type'], RegExp> = {
  // PostgreSQL's own text form of a timestamptz (what `::text` gave us), microseconds included.
  timestamptz: /^-?\d{4,}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?[+-]\d\d(:\d\d){0,2}( BC)?$|^-?infinity$/,
  text: /^[\s\S]*$/,
  bigint: /^-?\d{1,19}$/,
  integer: /^-?\d{1,10}$/,
  uuid: UUID,
};

/** A cursor: the sort value (in PostgreSQL's text form, so no precision is lost) and the id. */
export function encodeCursor(sortValue: string, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id])).toString('base64url');
}

export function decodeCursor(cursor: string, type: KeysetSort['type']): { value: string; id: string } | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [value, id] = parsed as unknown[];
    if (typeof value !== 'string' || typeof id !== 'string' || !UUID.test(id) || !VALUE_SHAPE[type].test(value)) return null;
    return { value, id };
  } catch {
    return null;
  }
}

/** `%text%` for a case-insensitive "contains", with LIKE's own wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Any of the columns contains the search text (trigram indexes make this an index scan). */
export function searchAny(text: string, columns: (SQL | AnyColumn)[]): SQL | undefined {
  if (!text) return undefined;
  const pattern = containsPattern(text);
  return or(...columns.map((column) => ilike(column, pattern)));
}

function orderAndBound(spec: KeysetSpec, query: ListQuery, cursor: { value: string; id: string } | null, scanDesc: boolean) {
  const sort = spec.sorts[query.sort.id]!;
  const dir = sql.raw(scanDesc ? 'desc' : 'asc');
  const orderBy = [sql`${sort.expr} ${dir}`, sql`${spec.id} ${dir}`];
  const bound = cursor
    ? sql`(${sort.expr}, ${spec.id}) ${sql.raw(scanDesc ? '<' : '>')} (${cursor.value}::${sql.raw(sort.type)}, ${cursor.id}::uuid)`
    : undefined;
  return { orderBy, bound, sortValue: sql<string>`(${sort.expr})::text` };
}

/**
 * One page of a list in keyset order: `size` rows after (or before) the query's cursor, with the
 * cursors of the pages on either side. Reads `size + 1` rows to know whether there is more; no
 * count, so a page costs the same on page 1 and page 4,000.
 */
export async function keysetPage<TRaw>(
  spec: KeysetSpec,
  query: ListQuery,
  where: SQL | undefined,
  fetch: KeysetFetch<TRaw>,
): Promise<ListPage<TRaw & { id: string; sortValue: string }>> {
  const type = spec.sorts[query.sort.id]!.type;
  const raw = query.after ?? query.before;
  const cursor = raw ? decodeCursor(raw, type) : null;
  const cursorError = raw && !cursor ? 'That page link is out of date or damaged; this is the first page.' : null;
  const backwards = cursor !== null && query.before !== null;
  const scanDesc = backwards ? !query.sort.desc : query.sort.desc;
  const { orderBy, bound, sortValue } = orderAndBound(spec, query, cursor, scanDesc);
  const found = await fetch({ where: and(where, bound), orderBy, limit: query.size + 1, sortValue });
  const more = found.length > query.size;
  const rows = found.slice(0, query.size);
  if (backwards) rows.reverse();
  const first = rows[0];
  const last = rows[rows.length - 1];
  const edge = (row: typeof first) => (row ? encodeCursor(row.sortValue, row.id) : null);
  if (!cursor) return { rows, page: 1, size: query.size, prevCursor: null, nextCursor: more ? edge(last) : null, cursorError };
  if (backwards) {
    return { rows, page: more ? Math.max(2, query.page) : 1, size: query.size, prevCursor: more ? edge(first) : null, nextCursor: edge(last), cursorError };
  }
  return { rows, page: query.page, size: query.size, prevCursor: edge(first), nextCursor: more ? edge(last) : null, cursorError };
}

/**
 * Every row of the list in the same order and with the same filters, `batchSize` at a time, each
 * batch read from the last one's cursor (for CSV exports: memory stays flat at any size).
 */
export async function* keysetBatches<TRaw>(
  spec: KeysetSpec,
  query: ListQuery,
  where: SQL | undefined,
  fetch: KeysetFetch<TRaw>,
  batchSize = 1000,
): AsyncGenerator<(TRaw & { id: string; sortValue: string })[]> {
  let after: string | null = null;
  for (;;) {
    const page: ListPage<TRaw & { id: string; sortValue: string }> = await keysetPage(
      spec,
      { ...query, after, before: null, size: batchSize },
      where,
      fetch,
    );
    if (page.rows.length > 0) yield page.rows;
    if (!page.nextCursor) return;
    after = page.nextCursor;
  }
}
