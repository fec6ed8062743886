import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../db/embedded/server';
import { migrateDatabase } from '../db/migrate';
import { seedDemoShop } from '../db/seed';

let embedded: EmbeddedDatabase | undefined;

/**
 * Services are tested against a real database: the PostgreSQL in DATABASE_URL when set (CI),
 * otherwise a throwaway embedded database served for this run.
 */
export async function setup(_project: TestProject) {
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedDatabase({ dataDir: 'memory://', port: 0 });
    // Workers are forked after this and inherit the environment.
    process.env.KADENS_EMBEDDED_DATABASE_URL = embedded.url;
  }
  const url = process.env.DATABASE_URL || embedded!.url;
  await migrateDatabase(url);
  await seedDemoShop(url);
}

export async function teardown() {
  await embedded?.stop();
}
