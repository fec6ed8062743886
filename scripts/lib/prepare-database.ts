import { EMBEDDED_DB_PORT } from '../../db/database-url';
import { DEMO_CUSTOMER, DEMO_MERCHANT } from '../../db/demo-data';
import { startEmbeddedDatabase } from '../../db/embedded/server';
import { migrateDatabase } from '../../db/migrate';
import { seedDemoShop } from '../../db/seed';
import { seedShopDefaults } from '../../db/seed-defaults';
import { isSwitchOn, SWITCHES } from '../../lib/config/switches';

export type PreparedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/**
 * The database the app will use: PostgreSQL from DATABASE_URL, or the embedded one, started and
 * owned by this process. Either way migrated and given the defaults every shop needs (the
 * default reminder process); the demo shop only when `demo` is asked for and the database is empty.
 */
export async function prepareDatabase(options: { demo: boolean; dataDir?: string; port?: number }): Promise<PreparedDatabase> {
  let url = process.env.DATABASE_URL ?? '';
  let stop = async () => {};
  const embedded = !url;
  if (embedded) {
    const dataDir = options.dataDir ?? process.env.KADENS_DATA_DIR ?? '.data/pglite';
    const db = await startEmbeddedDatabase({ dataDir, port: options.port ?? EMBEDDED_DB_PORT });
    url = db.url;
    stop = db.stop;
    console.log(`Embedded database: ${dataDir} (served on ${url})`);
  } else {
    console.log('Database: PostgreSQL from DATABASE_URL');
  }
  await migrateDatabase(url);
  await seedShopDefaults(url);
  if (options.demo && (await seedDemoShop(url)).seeded) console.log('Seeded the demo shop.');
  return { url, embedded, stop };
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
