/** Port of the embedded database server (PGlite over the Postgres wire protocol). */
export const EMBEDDED_DB_PORT = Number(process.env.KADENS_EMBEDDED_DB_PORT ?? 5488);

/**
 * `DATABASE_URL` set: that PostgreSQL. Unset: the embedded database, which `npm run dev`,
 * `npm start` and the test runner start in their own process and which the app reaches with the
 * same postgres-js driver (one driver everywhere; see db/embedded/server.ts for why).
 */
export function databaseUrl(): string {
  return (
    process.env.DATABASE_URL ||
    process.env.KADENS_EMBEDDED_DATABASE_URL ||
    `postgres://postgres@127.0.0.1:${EMBEDDED_DB_PORT}/postgres`
  );
}

export function usesEmbeddedDatabase(): boolean {
  return !process.env.DATABASE_URL;
}
