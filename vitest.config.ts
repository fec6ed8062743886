import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// NOTE: one key for the tests and the e2e server (playwright.config.ts), which share a database in
// CI: every start opens the webhook secrets already stored, and refuses a key that cannot. Set
// here, not only in `env`, so the global setup's migrations see it too.
const ENCRYPTION_KEY = (process.env.KADENS_ENCRYPTION_KEY ??= 'test-only-encryption-key-not-for-production');

/**
 * Test files that mock modules, stub globals, fake timers or set the environment by hand: each
 * runs in its own module graph (vitest's isolation), as do those on a database of their own
 * (test/support/fresh-database.ts resets the modules). Found by their text, so a new test file that
 * starts doing so is isolated without a list to keep. (`vi.stubEnv` alone needs none: every stub
 * is undone before the shared files' next test, `unstubEnvs` below.)
 */
const NEEDS_ISOLATION =
  /useFreshDatabase|vi\.(mock|doMock|unmock|stubGlobal|resetModules|useFakeTimers|importActual)|process\.env(\.[A-Za-z_]+|\[[^\]]+\])\s*(=[^=]|\?\?=)|delete process\.env|globalThis\.\w+\s*=[^=]/;
const TEST_FILE = /\.test\.tsx?$/;
const SKIPPED_DIRS = new Set(['node_modules', '.next', '.data', '.git', 'e2e']);
const isolatedFiles = testFiles(import.meta.dirname).filter((file) => NEEDS_ISOLATION.test(fs.readFileSync(file, 'utf8')));

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : testFiles(full);
    return TEST_FILE.test(entry.name) ? [full] : [];
  });
}

const EXCLUDE = ['node_modules/**', 'e2e/**', '.next/**', '.data/**'];

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
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
    // NOTE: `extends: true` joins the projects' lists to the root's, so the root names no files.
    // Most of the suite's time was spent importing the app's modules again for every file.
    // Files that leave nothing behind in the process share one module graph per worker; the
    // others (above) keep their own.
    projects: [
      { extends: true, test: { name: 'isolated', include: isolatedFiles } },
      { extends: true, test: { name: 'shared', isolate: false, unstubEnvs: true, include: ['**/*.test.{ts,tsx}'], exclude: [...EXCLUDE, ...isolatedFiles] } },
    ],
  },
});
