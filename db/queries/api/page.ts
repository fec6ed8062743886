import { and, desc, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/** One page of a list, newest first: at most `limit` rows after the row `after` (a cursor's id). */
export type PageRequest = { limit: number; after: string | null; createdGte?: Date; createdLt?: Date };
export type Page<T> = { rows: T[]; hasMore: boolean };

/**
 * The conditions and order of a keyset page on (created_at, id), newest first. The cursor row is
 * looked up by id in the same table, so its timestamp keeps PostgreSQL's microseconds (a JS Date
 * would round them and skip or repeat rows created within the same millisecond).
 */
export function pageConditions(table: PgTable, createdAt: PgColumn, id: PgColumn, page: PageRequest): SQL[] {
  const conditions: SQL[] = [];
  if (page.after) {
    conditions.push(sql`(${createdAt}, ${id}) < (select ${createdAt}, ${id} from ${table} where ${id} = ${page.after})`);
  }
  if (page.createdGte) conditions.push(gte(createdAt, page.createdGte));
  if (page.createdLt) conditions.push(lt(createdAt, page.createdLt));
  return conditions;
}

export const pageOrder = (createdAt: PgColumn, id: PgColumn) => [desc(createdAt), desc(id)];

/** Asks for one row more than the page holds: whether it came back says if another page follows. */
export function toPage<T>(rows: T[], limit: number): Page<T> {
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}

export const allOf = (conditions: Array<SQL | undefined>) => and(...conditions.filter((c): c is SQL => c !== undefined));
