import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { percentiles } from './percentiles';

export type PageFigure = { name: string; path: string; p50: number; p95: number; bytes: number; gzipBytes: number };

/**
 * The built app (`npm start`: scripts/start.ts, which builds when there is no build) on `databaseUrl`,
 * on `port`, until `run` is done. The embedded engine's sweep is pushed out to once an hour: the
 * seeded subscriptions have nothing due, and a sweep in the middle would only add noise.
 */
export async function withApp<T>(databaseUrl: string, port: number, secret: string, run: (base: string) => Promise<T>): Promise<T> {
  const base = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    APP_URL: base,
    KADENS_ALLOW_HTTP: '1',
    // A way to pay, as production needs one to start; it moves no money and nothing is charged here.
    KADENS_TEST_PROVIDER: '1',
    AUTH_SECRET: secret,
    KADENS_TICK_INTERVAL_MS: String(3_600_000),
  };
  delete env.KADENS_SEED_DEMO;
  const server = spawn('npx', ['tsx', 'scripts/start.ts'], { env, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  const stop = () => {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  try {
    const until = Date.now() + 600_000;
    while (!(await fetch(`${base}/robots.txt`).then((r) => r.ok, () => false))) {
      if (Date.now() > until || server.exitCode !== null) throw new Error(`the app did not answer on ${base}`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    return await run(base);
  } finally {
    stop();
  }
}

/**
 * GET `path` as the signed-in staff member `times` times after one warm-up, one request at a time:
 * the whole response's time (headers to last byte) and its HTML, as the browser receives it
 * (the server's own compression aside: gzipped here once).
 */
export async function measurePage(base: string, cookie: string, name: string, path: string, times: number): Promise<PageFigure> {
  const get = async () => {
    const response = await fetch(`${base}${path}`, { headers: { cookie: `authjs.session-token=${cookie}` }, redirect: 'manual' });
    const html = await response.text();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status} ${response.headers.get('location') ?? ''}`);
    return html;
  };
  let html = await get();
  const ms: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    html = await get();
    ms.push(performance.now() - started);
  }
  return { name, path, ...percentiles(ms), bytes: Buffer.byteLength(html), gzipBytes: gzipSync(html).length };
}
