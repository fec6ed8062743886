import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**', '.data/**'],
    environment: 'node',
    // Cheap password hashing in tests; production uses cost 12.
    // A fixed secret, so signed links (pay links) are made and checked as in production.
    env: { KADENS_BCRYPT_COST: '4', AUTH_SECRET: 'test-only-secret-not-for-production' },
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
