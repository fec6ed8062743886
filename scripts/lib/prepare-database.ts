import path from 'node:path';
import { EMBEDDED_DB_PORT } from '../../db/database-url';
import { DEMO_CUSTOMER, DEMO_MERCHANT } from '../../db/demo-data';
import { buildDataDirInMemory } from '../../db/embedded/build-in-memory';
import { listenHeld } from '../../db/embedded/held-listener';
import { holdsDatabase } from '../../db/embedded/persist-data-dir';
import { useInProcessConnections } from '../../db/embedded/in-process-connector';
import { startEmbeddedDatabase } from '../../db/embedded/server';
import { migrateDatabase } from '../../db/migrate';
import type { Connect } from '../../db/one-connection';
import { seedDemoShop } from '../../db/seed';
import { seedShopDefaults } from '../../db/seed-defaults';
import { isSwitchOn, SWITCHES } from '../../lib/config/switches';

export type PreparedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/**
 * The database the app will use: PostgreSQL from DATABASE_URL, or the embedded one, started and
 * owned by this process. Either way migrated and given the defaults every shop needs (the
 * default reminder process); the demo shop only when `demo` is asked for and the database is empty.
 * A first start of the embedded database with the demo's history builds it all in memory and
 * writes the data dir once (firstStartInMemory); later starts open what it wrote.
 */
export async function prepareDatabase(options: {
  demo: boolean;
  /** The demo shop's history, played through the engine on a fresh seed (none when absent or 0 customers). */
  demoHistory?: DemoHistorySize;
  dataDir?: string;
  port?: number;
  /**
   * Called once the embedded database's address takes connections (not called for DATABASE_URL),
   * with whether this start plays the demo's history (a first start).
   * NOTE: a connection made before this resolves waits until the database is migrated and
   * seeded (db/embedded/held-listener.ts): `npm run dev` starts Next.js here, beside the history.
   */
  onListening?: (url: string, playsHistory: boolean) => void;
}): Promise<PreparedDatabase> {
  const url = process.env.DATABASE_URL ?? '';
  if (!url) {
    const dataDir = options.dataDir ?? process.env.KADENS_DATA_DIR ?? '.data/pglite';
    const history = options.demo && options.demoHistory?.customers ? options.demoHistory : undefined;
    const listener = await listenHeld(options.port ?? EMBEDDED_DB_PORT);
    const inMemory = dataDir.startsWith('memory://');
    options.onListening?.(listener.url, Boolean(history) && (inMemory || !holdsDatabase(path.resolve(dataDir))));
    let db;
    try {
      db = await startEmbeddedDatabase({
        dataDir,
        port: listener,
        firstStart: history && ((directory) => firstStartInMemory(directory, history)),
      });
    } catch (error) {
      await listener.close();
      throw error;
    }
    console.log(`Embedded database: ${dataDir} (served on ${db.url})`);
    // This process's own queries (migrations, seeding, the demo's history) skip TCP; the app's
    // connections, held until now, are served once the database is ready for them.
    useInProcessConnections(db.connectInProcess);
    await seedDatabase(db.url, options.demo, options.demoHistory, db.connectInProcess);
    listener.serve(db.accept);
    return { url: db.url, embedded: true, stop: db.stop };
  }
  console.log('Database: PostgreSQL from DATABASE_URL');
  await seedDatabase(url, options.demo, options.demoHistory);
  return { url, embedded: false, stop: async () => {} };
}

/** Migrates, seeds the defaults, and the demo shop with its history when asked and the database is empty. */
async function seedDatabase(url: string, demo: boolean, history: DemoHistorySize | undefined, connect?: Connect): Promise<void> {
  await migrateDatabase(url, connect);
  await seedShopDefaults(url, connect);
  if (demo && (await seedDemoShop(url, connect)).seeded) {
    console.log('Seeded the demo shop.');
    if (history?.customers) await seedHistory(url, history);
  }
}

/**
 * A first start's database (the data dir holds none yet): migrated and seeded with the demo and
 * its history on PGlite in memory, then written to `directory` (which becomes the data dir).
 * NOTE: in memory the history makes fewer system calls (PGlite on a directory makes file-system
 * calls for every WAL write; see buildDataDirInMemory), and a start interrupted before it is written leaves no half-done
 * database: the next one builds it again.
 */
async function firstStartInMemory(directory: string, history: DemoHistorySize): Promise<void> {
  console.log('First start: building the database in memory, then writing it to the data dir.');
  let filled = 0;
  await buildDataDirInMemory(directory, async (memory) => {
    useInProcessConnections(memory.connectInProcess);
    await seedDatabase(memory.url, true, history, memory.connectInProcess);
    filled = performance.now();
  });
  console.log(`Wrote the database to the data dir in ${((performance.now() - filled) / 1000).toFixed(1)} s.`);
}

export type DemoHistorySize = { customers: number; months: number };

/**
 * The default size of the demo's history: 300 customers over two years, a few hundred subscribers
 * whose first `npm run dev` answers its first pages in under 30 s on a two-core machine (25 to 27 s
 * on the machine of README's figures: the history 17.5 s alone, about 20 s beside Next.js
 * compiling; `npm run bench:demo-history` times it). Machines differ: an earlier, slower one took
 * 35 to 37 s for the same history.
 */
export const DEMO_HISTORY: DemoHistorySize = { customers: 300, months: 24 };

/**
 * The size of the demo's history: KADENS_DEMO_HISTORY_CUSTOMERS and KADENS_DEMO_HISTORY_MONTHS
 * when set (0 customers: no history, the fast path), otherwise the default for `npm run dev` and
 * `npm run db:seed-demo`, and none for a production start.
 */
export function demoHistorySize(command: 'dev' | 'start' | 'seed', env: Readonly<Record<string, string | undefined>>): DemoHistorySize {
  const whole = (name: string, fallback: number, max: number): number => {
    const set = env[name]?.trim();
    if (!set) return fallback;
    const n = Number(set);
    if (!Number.isInteger(n) || n < 0 || n > max) throw new Error(`${name} must be a whole number from 0 to ${max}, not "${set}".`);
    return n;
  };
  return {
    customers: whole('KADENS_DEMO_HISTORY_CUSTOMERS', command === 'start' ? 0 : DEMO_HISTORY.customers, 5000),
    months: whole('KADENS_DEMO_HISTORY_MONTHS', DEMO_HISTORY.months, 36),
  };
}

async function seedHistory(url: string, size: DemoHistorySize): Promise<void> {
  // The services reach the database through the app's client, which reads its address from the env.
  if (!process.env.DATABASE_URL) process.env.KADENS_EMBEDDED_DATABASE_URL = url;
  const { seedDemoHistory } = await import('../../lib/services/demo/seed-demo-history');
  console.log(`Playing ${size.months} months of demo history (${size.customers} customers) through the billing engine...`);
  const seeded = await seedDemoHistory({ ...size, now: new Date() });
  console.log(
    `Demo history: ${seeded.customers} customers, ${seeded.invoices} invoices, ${seeded.engineLog} engine log rows, ` +
      `${seeded.movements} MRR movements, ${seeded.engineDates} engine days, in ${(seeded.ms / 1000).toFixed(1)} s.`,
  );
}

/**
 * Whether a start seeds the demo shop: `npm run dev` does; `npm start` (production) only with
 * KADENS_SEED_DEMO=1, which the e2e suite's demo server sets.
 */
export function seedsDemo(command: 'dev' | 'start', env: Readonly<Record<string, string | undefined>>): boolean {
  return command === 'dev' || isSwitchOn(env, SWITCHES.seedDemo);
}

export function printDemoLogins(baseUrl: string): void {
  console.log(
    [
      '',
      `Kadens is running at ${baseUrl}`,
      `  Shop:       ${baseUrl}/`,
      `  Min Side:   ${baseUrl}/account   (customer: ${DEMO_CUSTOMER.email} / ${DEMO_CUSTOMER.password})`,
      `  Dashboard:  ${baseUrl}/dashboard (merchant: ${DEMO_MERCHANT.email} / ${DEMO_MERCHANT.password})`,
      '  E-mails land in the outbox: /dashboard/outbox (sign-in links are listed, never shown)',
      '',
    ].join('\n'),
  );
}
