import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import { publicOrigin } from '../../lib/config/public-origin';
import { ensureAuthSecret } from './auth-secret';
import { startEmbeddedBilling } from './embedded-billing';
import { startEmbeddedVacuum } from './embedded-vacuum';
import { preflight } from './preflight';
import { demoHistorySize, prepareDatabase, printDemoLogins, seedsDemo, type PreparedDatabase } from './prepare-database';
import { warmUpPages } from './warm-up';


/**
 * Prepares the database, then runs `next <command>` with it until a signal stops both. `dev`
 * fills in what a local run needs (a generated secret, this machine's address) and seeds the
 * demo shop; `start` (checked by scripts/start.ts before it builds) uses only what is configured
 * and seeds the demo shop only with KADENS_SEED_DEMO=1.
 */
export async function runNext(command: 'dev' | 'start', onReady?: () => Promise<void> | void): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  if (command === 'dev') {
    // E-mailed links (pay links, sign-in links) need the app's address; locally it is this server.
    // Set here, so the embedded billing engine in this process writes the same links.
    process.env.APP_URL ??= `http://localhost:${port}`;
    // NOTE: in this process too, not only in the app's: the embedded billing engine below composes
    // invoice and reminder e-mails, whose pay links are signed with the secret the app verifies.
    process.env.AUTH_SECRET = ensureAuthSecret();
    preflight('development');
  }
  const appUrl = publicOrigin();
  // Auth.js builds its URLs (the e-mailed sign-in links among them) from AUTH_URL when set, and
  // from the request's Host / X-Forwarded-Host otherwise: pin it to the configured address.
  if (!process.env.AUTH_URL?.trim()) process.env.AUTH_URL = appUrl;
  const demo = seedsDemo(command, process.env);
  // Next's own entry under this Node, not through npx: a stop signal then reaches the server
  // itself instead of an npm wrapper that may leave it running.
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  let child: ChildProcess | undefined;
  let database: PreparedDatabase | undefined = undefined; // set once prepared; a stop may come first
  let stopEngine = () => {};
  let stopVacuum = () => {};
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    child?.kill('SIGTERM');
    stopEngine();
    stopVacuum();
    await database?.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  const startNext = (embeddedUrl: string) => {
    const env: NodeJS.ProcessEnv = { ...process.env, KADENS_EMBEDDED_DATABASE_URL: embeddedUrl };
    child = spawn(process.execPath, [nextBin, command, '-p', String(port)], { stdio: 'inherit', env });
    child.on('exit', (code) => void stop(code ?? 0));
  };
  // The embedded database's port listens first and holds its connections until the database is
  // ready, so Next.js starts at once; under `next dev` it compiles the first pages meanwhile
  // (on a first start, beside the demo's history). With DATABASE_URL it starts after.
  try {
    database = await prepareDatabase({
      demo,
      demoHistory: demoHistorySize(command, process.env),
      onListening: (url, playsHistory) => {
        startNext(url);
        if (command !== 'dev') return;
        // NOTE: beside a first start's history, Next.js compiles at the lowest priority: the
        // history (one thread) keeps its core, the compiler takes what is left, instead of slowing
        // the history by a third (first `npm run dev`, 200 customers: every first page answered
        // at 37 s at nice 10 instead of 45 s at the same priority; 300 customers on a faster
        // machine, in alternating runs: 24 to 26 s at nice 19, 25 to 28 s at nice 10). It stays
        // there: a priority matters only while the CPU is contended.
        if (playsHistory) lowerPriority(child);
        void warmUpPages(port);
      },
    });
  } catch (error) {
    // Not left running without its database (a child outlives its parent's exit).
    stopping = true;
    child?.kill('SIGTERM');
    throw error;
  }
  if (!child) startNext('');
  if (demo) printDemoLogins(appUrl);
  else console.log(`\nKadens is running at ${appUrl}\n`);
  await onReady?.();
  stopEngine = await startEmbeddedBilling(database.url);
  stopVacuum = await startEmbeddedVacuum();
}

/** A lower CPU priority for the dev server while the history plays (see runNext). */
function lowerPriority(child: ChildProcess | undefined): void {
  try {
    if (child?.pid) os.setPriority(child.pid, 19);
  } catch {
    // Not allowed here: it compiles at the same priority, only slower.
  }
}
