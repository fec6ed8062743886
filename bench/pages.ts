/**
 * `npm run bench:pages [-- --build] [-- --seconds 10]`: what a shopper's browser downloads and
 * how the plan page holds up under load.
 *
 * Builds the app (or uses the build in .next, unless --build), starts it as `npm start` does on a
 * throwaway embedded database with the demo shop (or on BENCH_DATABASE_URL, a PostgreSQL database
 * with the demo shop in it, as production would run), then:
 * - first-load JS, gzipped: every script the browser loads for the plan, cart, checkout and
 *   Min Side pages, with the HTTP cache off (target: at most 130 kB each);
 * - under load from a second process on loopback (autocannon, bench/load-worker.ts): p50/p95 and
 *   requests/s of the plan page, and its ratio to a static page of the same app (robots.txt,
 *   built once) in the same run (target: at least 0.5).
 * With --scripts, each page's scripts are listed with their gzipped size (what to look at when a
 * page is over budget: the chunk names match .next/static/chunks).
 */
import { execSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';

const PORT = Number(process.env.BENCH_PORT ?? 4490);
const BASE = `http://localhost:${PORT}`;
const SECONDS = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 10;
const CONNECTIONS = 10;
const JS_BUDGET_KB = 130;
const RATIO_TARGET = 0.5;
const LIST_SCRIPTS = process.argv.includes('--scripts');
const DEMO_CUSTOMER = { email: 'customer@example.com', password: 'kadens-demo' };

if (process.argv.includes('--build') || !fs.existsSync('.next/BUILD_ID')) execSync('npx next build --webpack', { stdio: 'inherit' });

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: String(PORT),
  APP_URL: BASE,
  KADENS_ALLOW_HTTP: '1',
  AUTH_SECRET: 'bench-pages-only-secret-0123456789abcdef',
  KADENS_SEED_DEMO: '1',
  KADENS_TEST_PROVIDER: '1',
  KADENS_EMBEDDED_DATABASE: '1',
  KADENS_DATA_DIR: 'memory://',
  KADENS_EMBEDDED_DB_PORT: String(PORT + 1),
  KADENS_BCRYPT_COST: '8',
};
delete env.DATABASE_URL;
if (process.env.BENCH_DATABASE_URL) env.DATABASE_URL = process.env.BENCH_DATABASE_URL;
const server = spawn('npx', ['tsx', 'scripts/start.ts'], { env, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
const stopServer = () => {
  try {
    process.kill(-server.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('exit', stopServer);

async function waitForServer(timeoutMs = 240_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await fetch(`${BASE}/plans/trendhouse`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`the app did not answer on ${BASE} within ${timeoutMs / 1000} s`);
}

/** The gzipped bytes of every script `open` makes the page load (routing on: no HTTP cache). */
async function firstLoadJs(page: Page, open: () => Promise<unknown>): Promise<number> {
  const scripts = new Map<string, number>();
  const pending: Promise<void>[] = [];
  const onResponse = (response: Awaited<ReturnType<Page['waitForResponse']>>) => {
    if (response.request().resourceType() !== 'script' || !response.url().startsWith(BASE)) return;
    pending.push(
      response.body().then(
        (body) => void scripts.set(response.url(), gzipSync(body).length),
        () => undefined,
      ),
    );
  };
  page.on('response', onResponse);
  await open();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  page.off('response', onResponse);
  if (LIST_SCRIPTS) console.log(`  scripts of ${new URL(page.url()).pathname}:`);
  if (LIST_SCRIPTS) for (const [url, bytes] of [...scripts].sort((a, b) => b[1] - a[1])) console.log(`    ${(bytes / 1024).toFixed(1).padStart(6)} kB  ${new URL(url).pathname}`);
  return [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0);
}

async function measureJs(): Promise<Record<string, number>> {
  const browser = await chromium.launch(
    fs.existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] } : {},
  );
  try {
    const context = await browser.newContext();
    await context.route('**/*', (route) => route.continue());
    const page = await context.newPage();
    const sizes: Record<string, number> = {};
    sizes['plan (/plans/trendhouse)'] = await firstLoadJs(page, () => page.goto(`${BASE}/plans/trendhouse`));
    await page.getByTestId('add-to-cart').click();
    await page.waitForURL(/\/cart$/);
    sizes['cart (/cart)'] = await firstLoadJs(page, () => page.goto(`${BASE}/cart`));
    sizes['checkout (/checkout)'] = await firstLoadJs(page, () => page.goto(`${BASE}/checkout`));
    await page.goto(`${BASE}/signin?callbackUrl=/account`);
    await page.getByTestId('sign-in-email').fill(DEMO_CUSTOMER.email);
    await page.getByTestId('sign-in-password').fill(DEMO_CUSTOMER.password);
    await page.getByTestId('sign-in-submit').click();
    // By path: the sign-in page's own address ends in `callbackUrl=/account` and would match at once.
    await page.waitForURL((url) => url.pathname === '/account');
    sizes['Min Side (/account)'] = await firstLoadJs(page, () => page.goto(`${BASE}/account`));
    if (new URL(page.url()).pathname !== '/account') throw new Error(`Min Side was not measured: the browser is on ${page.url()}`);
    return sizes;
  } finally {
    await browser.close();
  }
}

type Load = { url: string; requests: number; failed: number; rps: number; p50: number; p95: number };
function load(path: string, seconds: number): Load {
  const run = spawnSync('npx', ['tsx', 'bench/load-worker.ts', `${BASE}${path}`, String(seconds), String(CONNECTIONS)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`load on ${path} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as Load;
}

try {
  await waitForServer();
  const sizes = await measureJs();
  console.log(`\nFirst-load JS, gzipped (target ≤ ${JS_BUDGET_KB} kB each):`);
  for (const [name, bytes] of Object.entries(sizes)) {
    const kb = bytes / 1024;
    console.log(`  ${name.padEnd(28)} ${kb.toFixed(1).padStart(7)} kB  ${kb <= JS_BUDGET_KB ? 'ok' : 'OVER'}`);
  }
  // A short warm-up, then the plan page and the static page under the same load, one after the other.
  load('/plans/trendhouse', 2);
  const plan = load('/plans/trendhouse', SECONDS);
  const staticPage = load('/robots.txt', SECONDS);
  const ratio = plan.rps / staticPage.rps;
  console.log(`\nUnder load (${CONNECTIONS} connections, ${SECONDS} s each, from a second process on loopback):`);
  for (const [name, r] of [['plan page', plan], ['static page', staticPage]] as const) {
    console.log(`  ${name.padEnd(12)} ${r.url.padEnd(40)} ${r.rps.toFixed(1).padStart(8)} req/s  p50 ${r.p50.toFixed(0)} ms  p95 ${r.p95.toFixed(0)} ms${r.failed ? `  (${r.failed} failed)` : ''}`);
  }
  console.log(`  ratio plan/static: ${ratio.toFixed(2)} (target ≥ ${RATIO_TARGET}) ${ratio >= RATIO_TARGET ? 'ok' : 'BELOW'}`);
} finally {
  stopServer();
}
