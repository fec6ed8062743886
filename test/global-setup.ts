import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../db/embedded/server';
import { migrateDatabase } from '../db/migrate';
import { seedDemoShop } from '../db/seed';
import { createWorkerDatabases, dropWorkerDatabases } from './support/worker-databases';

let embedded: EmbeddedDatabase | undefined;
let workers: { baseUrl: string; count: number } | undefined;

/**
 * Services are tested against a real database: the PostgreSQL in DATABASE_URL when set (CI),
 * otherwise a throwaway embedded database served for this run.
 */
export async function setup(project: TestProject) {
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedDatabase({ dataDir: 'memory://', port: 0 });
    // Workers are forked after this and inherit the environment.
    process.env.KADENS_EMBEDDED_DATABASE_URL = embedded.url;
  }
  const url = process.env.DATABASE_URL || embedded!.url;
  await migrateDatabase(url);
  await seedDemoShop(url);
  // On a server, each worker gets its own copy (test/worker-database.ts picks it by VITEST_POOL_ID).
  if (process.env.DATABASE_URL) {
    workers = { baseUrl: url, count: project.config.maxWorkers };
    await createWorkerDatabases(url, workers.count);
    process.env.KADENS_TEST_BASE_DATABASE_URL = url;
  }
}

export async function teardown() {
  if (workers) await dropWorkerDatabases(workers.baseUrl, workers.count);
  await embedded?.stop();
}
