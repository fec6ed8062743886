import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';

type Prepare = typeof import('./prepare-database').prepareDatabase;
const SMALL_HISTORY = { customers: 5, months: 3 };
const pool = globalThis as { kadensSql?: { end: () => Promise<void> }; kadensConnectInProcess?: unknown };

/**
 * `npm run dev`'s database preparation on a data dir of its own (the embedded database, never
 * DATABASE_URL's shared test database): the app's pool of this file is dropped on the way in and
 * out, and DATABASE_URL is stubbed empty, so every query of the history goes to that data dir.
 */
async function freshPrepare(): Promise<Prepare> {
  vi.resetModules();
  return (await import('./prepare-database')).prepareDatabase;
}

const counts = async (url: string) => {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ invoices: number; subscriptions: number; users: number }[]>`select (select count(*)::int from invoices) as invoices,
      (select count(*)::int from subscriptions) as subscriptions, (select count(*)::int from users) as users`;
    return row!;
  } finally {
    await sql.end();
  }
};

/** What one start (prepareDatabase, then stopped) printed and left in the database. */
let logs: string[] = [];
async function startOnce(dataDir: string) {
  logs = [];
  // A client that connects as soon as the port listens (as `npm run dev`'s Next.js does, beside
  // the history): answered once the database is ready, with everything in it.
  let early: ReturnType<typeof counts> | undefined;
  let playsHistory: boolean | undefined;
  const database = await (await freshPrepare())({
    demo: true,
    demoHistory: SMALL_HISTORY,
    dataDir,
    port: 0,
    onListening: (url, plays) => {
      playsHistory = plays;
      early = counts(url);
    },
  });
  try {
    // NOTE: the app's pool in this process too (the embedded billing engine's): a first start
    // made it on the in-memory database, and it must reach the data dir's now.
    const { sql } = await import('@/db/client');
    const [app] = await sql<{ invoices: number }[]>`select count(*)::int as invoices from invoices`;
    return { ...(await counts(database.url)), appInvoices: app!.invoices, early: await early, playsHistory };
  } finally {
    await database.stop();
  }
}

describe('the first npm run dev on an empty data dir', () => {
  let root: string;
  beforeAll(async () => {
    await pool.kadensSql?.end();
    delete pool.kadensSql;
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('KADENS_EMBEDDED_DATABASE_URL', '');
    vi.stubEnv('APP_URL', 'http://localhost:3000');
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kadens-prepare-first-start-'));
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void logs.push(args.join(' ')));
  });
  afterEach(() => vi.doUnmock('@/lib/services/demo/seed-demo-history'));
  afterAll(async () => {
    await pool.kadensSql?.end();
    delete pool.kadensSql;
    delete pool.kadensConnectInProcess;
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('builds the demo with its history and persists it; the next start opens the same rows without playing it again', { timeout: 180_000 }, async () => {
    const dataDir = path.join(root, 'whole');
    const built = await startOnce(dataDir);
    expect(logs.some((line) => line.startsWith('Playing 3 months of demo history (5 customers)'))).toBe(true);
    expect(built).toMatchObject({ subscriptions: 5, users: 7 });
    expect(built.invoices).toBeGreaterThan(0);
    expect(built.appInvoices).toBe(built.invoices);
    expect(built.early).toEqual({ invoices: built.invoices, subscriptions: 5, users: 7 });
    expect(built.playsHistory).toBe(true);

    expect(await startOnce(dataDir)).toEqual({ ...built, playsHistory: false });
    expect(logs.filter((line) => /Seeded the demo shop|Playing|First start/.test(line))).toEqual([]);
  });

  test('a first start that fails mid-history leaves no database, and the next start builds it whole', { timeout: 180_000 }, async () => {
    const dataDir = path.join(root, 'interrupted');
    vi.doMock('@/lib/services/demo/seed-demo-history', async (importOriginal) => {
      const actual = await importOriginal<typeof import('@/lib/services/demo/seed-demo-history')>();
      return {
        ...actual,
        seedDemoHistory: async (options: Parameters<typeof actual.seedDemoHistory>[0]) => {
          await actual.seedDemoHistory({ ...options, customers: 2, months: 1 });
          throw new Error('interrupted mid-history');
        },
      };
    });
    await expect((await freshPrepare())({ demo: true, demoHistory: SMALL_HISTORY, dataDir, port: 0 })).rejects.toThrow('interrupted mid-history');
    expect(fs.readdirSync(root).filter((name) => name.startsWith('interrupted'))).toEqual([]);

    vi.doUnmock('@/lib/services/demo/seed-demo-history');
    const rows = await startOnce(dataDir);
    expect(logs.some((line) => line.startsWith('Playing 3 months of demo history'))).toBe(true);
    expect(rows).toMatchObject({ subscriptions: 5, users: 7 });
  });
});
