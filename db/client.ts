import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { databaseUrl } from './database-url';
import * as schema from './schema';

type Sql = ReturnType<typeof postgres>;

// NOTE: one pool per process, kept across Next.js hot reloads.
const globalForDb = globalThis as unknown as { kadensSql?: Sql };

export const sql: Sql = (globalForDb.kadensSql ??= postgres(databaseUrl(), {
  max: Number(process.env.KADENS_DB_POOL_SIZE ?? 10),
  onnotice: () => {},
}));

export const db = drizzle(sql, { schema, casing: 'snake_case' });

export type Db = typeof db;
/** A transaction handle; services take `Db | Tx` so callers can compose them in one transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;
