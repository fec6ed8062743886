import { vi } from 'vitest';
import { workerDatabaseUrl } from './support/worker-databases';

// Runs in each worker before each test file. Files that share a worker's modules (vitest.config.ts)
// start with the environment as the run began: a stub the previous file's last test left is undone.
vi.unstubAllEnvs();

// Point the app's database (db/client reads DATABASE_URL) at this worker's own copy, made by the
// global set-up (test/global-setup.ts).
const base = process.env.KADENS_TEST_BASE_DATABASE_URL;
const poolId = process.env.VITEST_POOL_ID;
if (base && poolId) process.env.DATABASE_URL = workerDatabaseUrl(base, poolId);
