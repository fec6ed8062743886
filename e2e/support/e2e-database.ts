import postgres from 'postgres';

/**
 * The app's database as the end-to-end suite reaches it: PostgreSQL from DATABASE_URL (CI), or
 * the embedded database the app server serves on a port derived from the app's own port (so two
 * suites on two app ports do not collide). playwright.config.ts starts the server with it.
 */
export function e2eEmbeddedDbPort(appPort: number): number {
  return appPort + 1000;
}

export function e2eDatabaseUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  return `postgres://postgres@127.0.0.1:${e2eEmbeddedDbPort(Number(process.env.E2E_PORT ?? 3100))}/postgres`;
}

/** Runs `read` with a short-lived connection to the app's database (reads only: tests act through the UI). */
export async function readDatabase<T>(read: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(e2eDatabaseUrl(), { max: 1, onnotice: () => {} });
  try {
    return await read(sql);
  } finally {
    await sql.end();
  }
}
