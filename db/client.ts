import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { databaseUrl, usesEmbeddedDatabase } from './database-url';
import { inProcessConnector } from './embedded/in-process-connector';
import type { Connect } from './one-connection';
import { preparedOnRequest } from './prepared-statements';
import * as schema from './schema';

type Sql = ReturnType<typeof postgres>;

const EMBEDDED_CONNECT_TIMEOUT_S = 600;

// NOTE: one pool per process, kept across Next.js hot reloads.
const globalForDb = globalThis as unknown as { kadensSql?: Sql };

// `socket` is postgres-js's documented custom-socket option, missing from its types.
const options: postgres.Options<Record<string, never>> & { socket?: Connect } = {
  max: Number(process.env.KADENS_DB_POOL_SIZE ?? 10),
  onnotice: () => {},
  // In the process that serves the embedded database: its connections without TCP.
  socket: inProcessConnector(),
  // NOTE: the embedded database answers a new connection only once it is migrated and seeded
  // (db/embedded/held-listener.ts), which a first start's demo history makes take a while; the
  // pages asked for meanwhile wait for it instead of failing after postgres-js's 30 s.
  connect_timeout: usesEmbeddedDatabase() ? EMBEDDED_CONNECT_TIMEOUT_S : undefined,
};
export const sql: Sql = (globalForDb.kadensSql ??= postgres(databaseUrl(), options));

// Drizzle's queries are unnamed statements unless a batch job asks otherwise (db/prepared-statements.ts).
export const db = drizzle(preparedOnRequest(sql), { schema, casing: 'snake_case' });

export type Db = typeof db;
/** A transaction handle; services take `Db | Tx` so callers can compose them in one transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;
