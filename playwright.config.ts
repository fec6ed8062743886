import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { e2eEmbeddedDbPort } from './e2e/support/e2e-database';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
// Debian's chromium where it exists (Playwright cannot download browsers everywhere);
// elsewhere Playwright's own browser (`npx playwright install chromium`).
const systemChromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  // One app server and one database: specs run one after another; they never share data.
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.test-results/playwright.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: fs.existsSync(systemChromium)
      ? {
          executablePath: systemChromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        }
      : {},
  },
  webServer: {
    command: 'npx tsx scripts/start.ts',
    url: `${baseURL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    stdout: 'pipe',
    env: {
      PORT: String(PORT),
      // Without DATABASE_URL: a throwaway embedded database for this run.
      KADENS_DATA_DIR: process.env.KADENS_DATA_DIR ?? 'memory://',
      // A known port, so the suite can read the outbox (e2e/support/sign-in-links.ts).
      KADENS_EMBEDDED_DB_PORT: String(e2eEmbeddedDbPort(PORT)),
      KADENS_BCRYPT_COST: '8',
    },
  },
});
