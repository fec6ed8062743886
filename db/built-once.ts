import { is, Param, Placeholder, sql, type Column, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { db, type DbOrTx } from './client';

// The casing db/client.ts gives drizzle: the same column names in the same text.
const dialect = new PgDialect({ casing: 'snake_case' });

/**
 * A value compared with `column`, given when the statement runs (builtOnce): encoded by the
 * column as a value written in place would be, so the text and the parameters are the same.
 */
export function valueFor(column: Column, name: string): Param {
  return new Param(sql.placeholder(name), column);
}

/** An update's new value for `column`, given when the statement runs (builtOnceQuery): as valueFor. */
export function setValueFor(column: Column, name: string): SQL {
  return sql`${valueFor(column, name)}`;
}

/**
 * The ids of a JSON array given as placeholder `name` when the statement runs, as a subquery
 * (`column in ${jsonIds(...)}`): one parameter and one statement text whatever the list's length,
 * where a parameter per id made each length another statement to build, parse and plan.
 */
export function jsonIds(name: string): SQL {
  return sql`(select value::uuid from json_array_elements_text(${sql.placeholder(name)}::json))`;
}

/**
 * The ids of placeholder `name` (as jsonIds) compared as `column = ${anyOfJsonIds(...)}`: found
 * through the column's index. NOTE: as `in (select ...)` the planner joins the list, estimated
 * at a hundred rows for any JSON, and hashes it against every row of a large table.
 */
export function anyOfJsonIds(name: string): SQL {
  return sql`any(array${jsonIds(name)})`;
}

/**
 * `column = 'value'` with the value in the statement's text, not a parameter: a generic plan
 * (the demo history's, db/generic-plans.ts) can then use a partial index whose predicate names it
 * (payments_pending_charge_idx), and estimate the rows from the value's statistics. For values
 * the code names, never input.
 */
export function equalsLiteral(column: Column, value: string): SQL {
  if (!/^[a-z_]+$/.test(value)) throw new Error(`equalsLiteral: not a plain name: ${value}`);
  return sql`${column} = ${sql.raw(`'${value}'`)}`;
}

/** A placeholder for each value of an insert or update, named as its field (builtOnceQuery). */
export function placeholders<K extends string>(...names: K[]): Record<K, Placeholder> {
  return Object.fromEntries(names.map((name) => [name, sql.placeholder(name)])) as unknown as Record<K, Placeholder>;
}

/**
 * A statement drizzle builds once, then runs with new values for its placeholders (valueFor) on
 * the app's pool, as `db.execute` would run it built anew: for a check a batch job asks
 * thousands of times (the engine's due dates while the demo history plays), where building its
 * conditions again cost more CPU than the database spent answering it.
 */
export function builtOnce<R>(statement: SQL): (values: Record<string, unknown>) => Promise<R[]> {
  const query = dialect.sqlToQuery(statement);
  const prepared = db._.session.prepareQuery({ sql: query.sql, params: nullAsNull(query.params) }, undefined, undefined, false);
  return (values) => prepared.execute(values) as Promise<R[]>;
}

/**
 * The parameters with each placeholder's null sent as null, as drizzle sends a null written in
 * place: its column's encoder is not asked (a date's would throw, a json column's would send the
 * text 'null').
 */
function nullAsNull(params: unknown[]): unknown[] {
  return params.map((param) =>
    is(param, Param) && is(param.value, Placeholder)
      ? new Param(param.value, { mapToDriverValue: (value: unknown) => (value === null ? null : param.encoder.mapToDriverValue(value)) })
      : param,
  );
}

/** What drizzle keeps of a query it has built (its PostgresJsPreparedQuery): enough to run it again on another handle. */
type BuiltQuery = {
  queryString: string;
  params: unknown[];
  fields: Parameters<typeof db._.session.prepareQuery>[1];
  _isResponseInArrayMode: boolean;
  customResultMapper?: Parameters<typeof db._.session.prepareQuery>[4];
  joinsNotNullableMap?: Record<string, boolean>;
};

/**
 * A drizzle query (select, insert, update) built once, on first use, with placeholders for its
 * values (valueFor), then run on the handle each call gives (the pool or a transaction) with the
 * same text, parameters and row mapping as the query built anew: for the statements a batch job
 * sends thousands of times (the demo history: an invoice or payment locked for each payment),
 * where drizzle building a wide row's select cost more CPU than the database answering it.
 *
 * NOTE: `build` is called once, so nothing in it may be computed per call (a default drizzle
 * fills in at build time, such as a generated id, must be a placeholder too).
 */
export function builtOnceQuery<R>(build: () => unknown): (on: DbOrTx, values: Record<string, unknown>) => Promise<R[]> {
  let built: BuiltQuery | null = null;
  return (on, values) => {
    // Drizzle's own _prepare: the text, parameters and selected fields it would run.
    if (!built) {
      built = (build() as { _prepare: () => BuiltQuery })._prepare();
      built.params = nullAsNull(built.params);
    }
    const query = on._.session.prepareQuery(
      { sql: built.queryString, params: built.params },
      built.fields,
      undefined,
      built._isResponseInArrayMode,
      built.customResultMapper,
    ) as ReturnType<typeof db._.session.prepareQuery> & { joinsNotNullableMap?: Record<string, boolean> };
    query.joinsNotNullableMap = built.joinsNotNullableMap;
    return query.execute(values) as Promise<R[]>;
  };
}
