import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';

const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

/** Applies the drizzle-kit migrations; the same files run on PGlite and PostgreSQL. */
export async function migrateDatabase(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(sql), { migrationsFolder: MIGRATIONS_FOLDER });
    // Data the schema alone cannot give: payment references for invoices finalized before
    // invoices carried them (bank transfers for them must still match). Fills only empty ones.
    const { backfillPaymentReferences } = await import('@/lib/services/payments/assign-payment-reference');
    const schema = await import('./schema');
    await backfillPaymentReferences(drizzle(sql, { schema, casing: 'snake_case' }));
  } finally {
    await sql.end();
  }
}
