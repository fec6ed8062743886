import { EMBEDDED_DB_PORT } from '../../db/database-url';
import { DEMO_CUSTOMER, DEMO_MERCHANT } from '../../db/demo-data';
import { startEmbeddedDatabase } from '../../db/embedded/server';
import { migrateDatabase } from '../../db/migrate';
import { seedDemoShop } from '../../db/seed';

export type PreparedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/**
 * The database the app will use: PostgreSQL from DATABASE_URL, or the embedded one, started and
 * owned by this process. Either way migrated, and seeded with the demo shop when empty.
 */
export async function prepareDatabase(options: { dataDir?: string; port?: number } = {}): Promise<PreparedDatabase> {
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
  const { seeded } = await seedDemoShop(url);
  if (seeded) console.log('Seeded the demo shop.');
  return { url, embedded, stop };
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
