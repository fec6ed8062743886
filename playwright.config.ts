import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { DEPLOY_PORT, DEPLOY_URL } from './e2e/deploy/deploy-server';
import { e2eEmbeddedDbPort } from './e2e/support/e2e-database';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
// Debian's chromium where it exists (Playwright cannot download browsers everywhere);
// elsewhere Playwright's own browser (`npx playwright install chromium`).
const systemChromium = '/usr/bin/chromium';
// The demo shop takes no bank transfers; this spec offers them (Settings → Orders and payment) while it runs.
const CHANGES_SHOP_SETTINGS = ['shop/pay-by-invoice.spec.ts'];
// Offers SEPA direct debit while it runs: the same form field as pay-by-invoice, so after it.
const CHANGES_PAYMENT_METHODS_LATER = ['shop/sepa-debit.spec.ts'];

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  // Two spec files at a time against one app server and one database: specs never share data
  // (each makes its own customers and rows, or only reads the demo's), so they may overlap;
  // the tests inside a file run in order.
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.test-results/playwright.json' }]],
  use: {
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
  projects: [
    // The demo shop: shop, Min Side and dashboard specs.
    { name: 'demo', testIgnore: ['deploy/**', ...CHANGES_SHOP_SETTINGS, ...CHANGES_PAYMENT_METHODS_LATER], use: { baseURL } },
    // Specs that change a shop-wide setting for a while (and put it back) run once every demo
    // spec is done, so no spec beside them sees the shop changed (two of them may overlap: each
    // must change a different setting). Alone: `npx playwright test <spec> --project=demo-settings --no-deps`.
    { name: 'demo-settings', testMatch: CHANGES_SHOP_SETTINGS, dependencies: ['demo'], use: { baseURL } },
    { name: 'demo-settings-later', testMatch: CHANGES_PAYMENT_METHODS_LATER, dependencies: ['demo-settings'], use: { baseURL } },
    // A production start on an empty database, as a new merchant runs it.
    { name: 'deploy', testMatch: 'deploy/**/*.spec.ts', use: { baseURL: DEPLOY_URL } },
  ],
  webServer: [
    {
      command: 'npx tsx scripts/start.ts',
      url: `${baseURL}/`,
      reuseExistingServer: !process.env.CI,
      // A build when there is none, then the demo's short history on a fresh database.
      timeout: 420_000,
      stdout: 'pipe',
      // NOTE: `npm start` is a production start, which refuses to run without its settings and
      // by default seeds no demo and mounts no test provider. The demo specs need both, so this
      // server gets the explicit switches (never set them on a shop customers use).
      env: {
        PORT: String(PORT),
        APP_URL: baseURL,
        // Plain http to localhost: the suite has no TLS.
        KADENS_ALLOW_HTTP: '1',
        AUTH_SECRET: 'e2e-demo-only-secret-0123456789abcdef',
        // The key of vitest.config.ts: in CI both write webhook secrets into one database.
        KADENS_ENCRYPTION_KEY: 'test-only-encryption-key-not-for-production',
        KADENS_SEED_DEMO: '1',
        // A short history played through the engine on the fresh demo (demo-history.spec.ts):
        // enough churn and movements to see, at a fraction of `npm run dev`'s two years.
        KADENS_DEMO_HISTORY_CUSTOMERS: '40',
        KADENS_DEMO_HISTORY_MONTHS: '8',
        KADENS_TEST_PROVIDER: '1',
        // Without DATABASE_URL: a throwaway embedded database for this run (production allows the
        // embedded database only when asked; with DATABASE_URL this switch changes nothing).
        KADENS_EMBEDDED_DATABASE: '1',
        KADENS_DATA_DIR: process.env.KADENS_DATA_DIR ?? 'memory://',
        // A known port, so the suite can read the outbox (e2e/support/sign-in-links.ts).
        KADENS_EMBEDDED_DB_PORT: String(e2eEmbeddedDbPort(PORT)),
        KADENS_BCRYPT_COST: '8',
        // The webhooks spec's receiver listens on 127.0.0.1.
        KADENS_WEBHOOKS_PRIVATE_ADDRESSES: '1',
      },
    },
    {
      // Its own database (see the launcher), started after the first server, which builds the
      // app when there is no build yet.
      command: 'npx tsx e2e/deploy/start-empty-server.ts',
      url: `${DEPLOY_URL}/setup`,
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
      env: { E2E_DEPLOY_PORT: String(DEPLOY_PORT) },
    },
  ],
});
