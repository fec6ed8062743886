import { workerDatabaseUrl } from './support/worker-databases';

// Runs in each worker before each test file: point the app's database (db/client reads
// DATABASE_URL) at this worker's own copy, made by the global set-up (test/global-setup.ts).
const base = process.env.KADENS_TEST_BASE_DATABASE_URL;
const poolId = process.env.VITEST_POOL_ID;
if (base && poolId) process.env.DATABASE_URL = workerDatabaseUrl(base, poolId);
