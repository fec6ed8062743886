import path from 'node:path';
import { defineConfig } from 'vitest/config';

// NOTE: one key for the tests and the e2e server (playwright.config.ts), which share a database in
// CI: every start opens the webhook secrets already stored, and refuses a key that cannot. Set
// here, not only in `env`, so the global setup's migrations see it too.
const ENCRYPTION_KEY = (process.env.KADENS_ENCRYPTION_KEY ??= 'test-only-encryption-key-not-for-production');

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**', '.data/**'],
    environment: 'node',
    // Cheap password hashing in tests; production uses cost 12.
    // A fixed secret, so signed links (pay links) are made and checked as in production.
    env: { KADENS_BCRYPT_COST: '4', AUTH_SECRET: 'test-only-secret-not-for-production', KADENS_ENCRYPTION_KEY: ENCRYPTION_KEY },
    globalSetup: ['./test/global-setup.ts'],
    setupFiles: ['./test/worker-database.ts'],
    // Most tests wait on PostgreSQL, so more workers than cores keep both busy; each worker has
    // its own copy of the test database (test/worker-database.ts). The embedded database is one
    // process serving one database: one worker.
    maxWorkers: process.env.DATABASE_URL ? 3 : 1,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
