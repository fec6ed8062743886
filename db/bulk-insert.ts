import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from './client';

/** A column of a bulk write: its SQL name and type, and how to read it from a row. */
export type BulkColumn<Row> = { name: string; type: string; value: (row: Row) => unknown };

/** A `timestamptz` value travels as epoch milliseconds (see jsonRowsSource). */
function epochMillis(column: string, value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime();
  throw new TypeError(`Bulk column ${column} is a timestamptz: give it a Date or null`);
}

/**
 * Many rows as ONE parameter, unpacked in SQL: `select (e->>0)::uuid as id, ... from
 * jsonb_array_elements($1::jsonb) e`, to use as a table (`insert ... <source>`, `with v as
 * (<source>)`, `update ... from (<source>) v`).
 *
 * NOTE: a multi-row VALUES binds columns x rows parameters, and binding was most of a bill run's
 * write cost (2,000 invoices x 20 columns); one JSON text never hits the 65,535-parameter limit
 * and is one statement the server plans once. Each row is a JSON array, not an object: building
 * and sending 2,000 objects with the same twenty keys cost three times as much JavaScript time
 * (and garbage), and the server unpacks arrays from jsonb as fast as json_to_recordset unpacks
 * objects. Timestamps go as epoch milliseconds (`timestamptz` columns take a Date): formatting
 * and parsing ISO text was the next largest cost on both sides. Names and types come from our
 * code, never from input.
 */
export function jsonRowsSource<Row>(columns: BulkColumn<Row>[], rows: Row[]): SQL {
  const isTime = columns.map((c) => c.type === 'timestamptz');
  const packed = new Array<unknown[]>(rows.length);
  for (let r = 0; r < rows.length; r += 1) {
    const values = new Array<unknown>(columns.length);
    for (let c = 0; c < columns.length; c += 1) {
      const value = columns[c]!.value(rows[r]!);
      values[c] = isTime[c] ? epochMillis(columns[c]!.name, value) : (value ?? null);
    }
    packed[r] = values;
  }
  const select = columns
    .map((c, i) => (isTime[i] ? `to_timestamp((e->>${i})::float8 / 1000) as ${c.name}` : `(e->>${i})::${c.type} as ${c.name}`))
    .join(', ');
  return sql`select ${sql.raw(select)} from jsonb_array_elements(${JSON.stringify(packed)}::jsonb) e`;
}

/** Inserts many rows in one statement (see jsonRowsSource). */
export async function bulkInsert<Row>(db: DbOrTx, table: string, columns: BulkColumn<Row>[], rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map((c) => c.name).join(', ');
  await db.execute(sql`insert into ${sql.raw(table)} (${sql.raw(names)}) ${jsonRowsSource(columns, rows)}`);
}
