import type { Page, PageRequest } from '@/db/queries/api/page';
import { invalidRequest } from './api-error';
import { decodeCursor, encodeCursor } from './cursor';

type ListQuery = { limit: number; starting_after?: string; created_gte?: string; created_lt?: string };

/** The page a list query asks for; its cursor checked against the list it must come from. */
export function pageRequest(list: string, query: ListQuery): PageRequest {
  const createdGte = query.created_gte ? new Date(query.created_gte) : undefined;
  const createdLt = query.created_lt ? new Date(query.created_lt) : undefined;
  if (createdGte && createdLt && createdGte >= createdLt) {
    throw invalidRequest('invalid_range', 'created_gte must be before created_lt.', 'created_gte', 400);
  }
  return { limit: query.limit, after: query.starting_after ? decodeCursor(list, query.starting_after) : null, createdGte, createdLt };
}

/** A page as the API answers it, with the cursor of its last row when more follow. */
export function listBody<Row extends { id: string }, Out>(list: string, page: Page<Row>, present: (row: Row) => Out) {
  const last = page.rows.at(-1);
  return {
    object: 'list' as const,
    data: page.rows.map(present),
    has_more: page.hasMore,
    next_cursor: page.hasMore && last ? encodeCursor(list, last.id) : null,
  };
}
