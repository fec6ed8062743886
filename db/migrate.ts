import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { encryptWebhookSecrets } from './encrypt-webhook-secrets';
import { oneConnection, type Connect } from './one-connection';

const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

/** Applies the drizzle-kit migrations; the same files run on PGlite and PostgreSQL. */
export async function migrateDatabase(url: string, connect?: Connect): Promise<void> {
  const sql = oneConnection(url, connect);
  try {
    // NOTE: data the schema alone cannot give is filled by SQL in the migrations themselves
    // (e.g. 0012, payment references), never by calling services from here.
    await migrate(drizzle(sql), { migrationsFolder: MIGRATIONS_FOLDER });
    // Except secrets encrypted with a key from the settings, which SQL cannot do.
    await encryptWebhookSecrets(sql);
  } finally {
    await sql.end();
  }
}
