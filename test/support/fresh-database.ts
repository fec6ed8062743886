import crypto from 'node:crypto';
import postgres from 'postgres';
import { vi } from 'vitest';
import { startEmbeddedDatabase } from '@/db/embedded/server';
import { migrateDatabase } from '@/db/migrate';

export type FreshDatabase = { url: string; close: () => Promise<void> };

/**
 * An empty, migrated database of its own, for tests that need what the shared test database
 * cannot give (no owner, no demo): a new database on DATABASE_URL's server, or a throwaway
 * embedded one. The app's `db` of this test file is pointed at it: import the modules under test
 * after this (dynamically, nothing that reaches db/client statically), and call `close` at the end.
 *
 * NOTE: db/client keeps its pool on globalThis (for hot reloads), which outlives a test file's
 * module registry in a reused worker: it is dropped on the way in and on the way out.
 */
export async function useFreshDatabase(): Promise<FreshDatabase> {
  const base = process.env.DATABASE_URL;
  let url: string;
  let drop: () => Promise<void>;
  if (base) {
    const name = `${new URL(base).pathname.slice(1)}_fresh_${crypto.randomBytes(4).toString('hex')}`;
    const admin = postgres(base, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    const target = new URL(base);
    target.pathname = `/${name}`;
    url = target.toString();
    drop = async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    };
  } else {
    const embedded = await startEmbeddedDatabase({ dataDir: 'memory://', port: 0 });
    url = embedded.url;
    drop = embedded.stop;
  }
  await migrateDatabase(url);
  const pool = globalThis as { kadensSql?: { end: () => Promise<void> } };
  await pool.kadensSql?.end();
  delete pool.kadensSql;
  vi.stubEnv('DATABASE_URL', url);
  // Modules imported from here on (db/client first) are evaluated again, against this database.
  vi.resetModules();
  return {
    url,
    close: async () => {
      await pool.kadensSql?.end();
      delete pool.kadensSql;
      vi.unstubAllEnvs();
      await drop();
    },
  };
}
