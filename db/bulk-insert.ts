import { sql } from 'drizzle-orm';
import type { DbOrTx } from './client';

/** A column of a bulk insert: its SQL name and type, and how to read it from a row. */
export type BulkColumn<Row> = { name: string; type: string; value: (row: Row) => unknown };

/**
 * Inserts many rows with ONE parameter: the rows as JSON, unpacked by json_to_recordset.
 *
 * NOTE: a multi-row VALUES binds columns x rows parameters, and binding is most of a bill run's
 * insert cost (2,000 invoices x 17 columns); one JSON text is cheaper to build and to parse, and
 * never hits the 65,535-parameter limit. Table and column names come from our code, never from
 * input. Dates must be given as ISO strings.
 */
export async function bulkInsert<Row, Returned = never>(
  db: DbOrTx,
  table: string,
  columns: BulkColumn<Row>[],
  rows: Row[],
  options: { onConflictDoNothing?: boolean; returning?: string } = {},
): Promise<Returned[]> {
  if (rows.length === 0) return [];
  const names = columns.map((c) => c.name).join(', ');
  const types = columns.map((c) => `${c.name} ${c.type}`).join(', ');
  const records = new Array<Record<string, unknown>>(rows.length);
  for (let r = 0; r < rows.length; r += 1) {
    const record: Record<string, unknown> = {};
    for (const column of columns) record[column.name] = column.value(rows[r]!);
    records[r] = record;
  }
  const json = JSON.stringify(records);
  const result = await db.execute(sql`
    insert into ${sql.raw(table)} (${sql.raw(names)})
    select ${sql.raw(names)} from json_to_recordset(${json}::json) as v(${sql.raw(types)})
    ${sql.raw(options.onConflictDoNothing ? 'on conflict do nothing' : '')}
    ${sql.raw(options.returning ? `returning ${options.returning}` : '')}`);
  return options.returning ? (result as unknown as Returned[]) : [];
}
