import type postgres from 'postgres';

/**
 * Whether this process's drizzle queries go to the database as named prepared statements
 * (withPreparedStatements), instead of drizzle's default: an unnamed statement parsed and
 * planned again on every execution.
 */
let preparing = false;

/**
 * Runs `work` with every drizzle query of this process prepared once per connection and then only
 * bound and executed: for a batch job that sends the same few hundred statements tens of
 * thousands of times (the demo shop's history). On the embedded database this about halves the
 * CPU time of each query: a statement is parsed and described once instead of in an extra round
 * trip before every execution, and PostgreSQL can keep its plan.
 *
 * NOTE: not the default. Prepared statements live as long as their connection, and on the
 * embedded database every connection shares PGlite's one session, so a long-running server would
 * collect one per distinct query text and connection; and a transaction-mode pooler in front of
 * PostgreSQL refuses them. Not reentrant: one batch job at a time.
 */
export async function withPreparedStatements<T>(work: () => Promise<T>): Promise<T> {
  preparing = true;
  try {
    return await work();
  } finally {
    preparing = false;
  }
}

type Client = postgres.Sql | postgres.TransactionSql;
type UnsafeOptions = Parameters<postgres.Sql['unsafe']>[2];

/**
 * The postgres-js client drizzle is given: the same client, except that while
 * withPreparedStatements runs, the queries drizzle sends (through `unsafe`, also inside
 * transactions and savepoints) are prepared.
 */
export function preparedOnRequest<C extends Client>(client: C): C {
  return new Proxy(client, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (property === 'unsafe') {
        return (query: string, args?: postgres.ParameterOrJSON<never>[], options?: UnsafeOptions) =>
          target.unsafe(query, args, preparing ? { ...options, prepare: true } : options);
      }
      if (property === 'begin' || property === 'savepoint') {
        // The transaction's own client gets the same treatment: drizzle runs a transaction's queries on it.
        return (...params: unknown[]) => {
          const work = params.pop() as (tx: postgres.TransactionSql) => unknown;
          return (value as (...p: unknown[]) => unknown).call(target, ...params, (tx: postgres.TransactionSql) => work(preparedOnRequest(tx)));
        };
      }
      return (value as (...p: unknown[]) => unknown).bind(target);
    },
  });
}
