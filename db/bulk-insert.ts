import { sql } from 'drizzle-orm';
import type { DbOrTx } from './client';

/** A column of a bulk insert: its SQL name and type, and how to read it from a row. */
export type BulkColumn<Row> = { name: string; type: string; value: (row: Row) => unknown };

/**
 * Inserts many rows with ONE parameter: the rows as JSON, unpacked by json_to_recordset.
 *
 * NOTE: a multi-row VALUES binds columns x rows parameters, and binding is most of a bill run's
 * insert cost (2,000 invoices x 20 columns); one JSON text is cheaper to build and to parse, and
 * never hits the 65,535-parameter limit. The JSON keys are short (`c0`, `c1`, ...), not the
 * column names: they repeat on every row, and a bill run sends hundreds of megabytes of them.
 * Table and column names come from our code, never from input. Dates must be given as ISO
 * strings.
 */
export async function bulkInsert<Row>(db: DbOrTx, table: string, columns: BulkColumn<Row>[], rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const keys = columns.map((_, i) => `c${i}`);
  const records = new Array<Record<string, unknown>>(rows.length);
  for (let r = 0; r < rows.length; r += 1) {
    const record: Record<string, unknown> = {};
    for (let c = 0; c < columns.length; c += 1) record[keys[c]!] = columns[c]!.value(rows[r]!);
    records[r] = record;
  }
  const names = columns.map((c) => c.name).join(', ');
  const types = columns.map((c, i) => `${keys[i]} ${c.type}`).join(', ');
  await db.execute(sql`
    insert into ${sql.raw(table)} (${sql.raw(names)})
    select ${sql.raw(keys.join(', '))} from json_to_recordset(${JSON.stringify(records)}::json) as v(${sql.raw(types)})`);
}
