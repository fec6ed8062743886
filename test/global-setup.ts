import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../db/embedded/server';
import { migrateDatabase } from '../db/migrate';
import { seedDemoShop } from '../db/seed';
import { createTemplateDatabase, createWorkerDatabases, dropWorkerDatabases } from './support/worker-databases';

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
  if (embedded) {
    await migrateDatabase(embedded.url);
    await seedDemoShop(embedded.url);
    return;
  }
  // On a server, the tests never write to DATABASE_URL's database itself (the end-to-end server
  // starts on it fresh afterwards, and plays the demo's history there): a template is migrated and
  // seeded, and each worker gets its own copy of it (test/worker-database.ts picks it by VITEST_POOL_ID).
  const base = process.env.DATABASE_URL!;
  workers = { baseUrl: base, count: project.config.maxWorkers };
  const template = await createTemplateDatabase(base);
  await migrateDatabase(template);
  await seedDemoShop(template);
  await createWorkerDatabases(base, template, workers.count);
  process.env.KADENS_TEST_BASE_DATABASE_URL = base;
}

export async function teardown() {
  if (workers) await dropWorkerDatabases(workers.baseUrl, workers.count);
  await embedded?.stop();
}
