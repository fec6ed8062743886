import { Param, sql, type Column, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { db } from './client';

// The casing db/client.ts gives drizzle: the same column names in the same text.
const dialect = new PgDialect({ casing: 'snake_case' });

/**
 * A value compared with `column`, given when the statement runs (builtOnce): encoded by the
 * column as a value written in place would be, so the text and the parameters are the same.
 */
export function valueFor(column: Column, name: string): Param {
  return new Param(sql.placeholder(name), column);
}

/**
 * A statement drizzle builds once, then runs with new values for its placeholders (valueFor) on
 * the app's pool, as `db.execute` would run it built anew: for a check a batch job asks
 * thousands of times (the engine's due dates while the demo history plays), where building its
 * conditions again cost more CPU than the database spent answering it.
 */
export function builtOnce<R>(statement: SQL): (values: Record<string, unknown>) => Promise<R[]> {
  const prepared = db._.session.prepareQuery(dialect.sqlToQuery(statement), undefined, undefined, false);
  return (values) => prepared.execute(values) as Promise<R[]>;
}
