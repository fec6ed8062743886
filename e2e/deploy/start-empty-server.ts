import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import postgres from 'postgres';
import { DEPLOY_PORT, DEPLOY_SETUP_TOKEN_FILE, DEPLOY_URL } from './deploy-server';

/**
 * Starts `scripts/start.ts` (what `npm start` runs) in production on an EMPTY database, with only
 * the settings a real deployment gives it: no demo switch, no test provider. The database is a
 * fresh one beside DATABASE_URL's on the same PostgreSQL server (dropped again at the end), or
 * without DATABASE_URL an in-memory embedded one (which production allows only when asked for).
 */
async function emptyDatabase(): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) return { env: { KADENS_EMBEDDED_DATABASE: '1', KADENS_DATA_DIR: 'memory://', KADENS_EMBEDDED_DB_PORT: '0' }, drop: async () => {} };
  const url = new URL(base);
  const name = `${decodeURIComponent(url.pathname.slice(1))}_deploy`;
  const admin = postgres({ host: url.hostname, port: Number(url.port || 5432), username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) || undefined, database: 'postgres', max: 1, onnotice: () => {} });
  // A leftover from a run that was killed hard is replaced, never reused: the spec needs it empty.
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

const database = await emptyDatabase();
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const child = spawn(process.execPath, [tsx, 'scripts/start.ts'], {
  stdio: 'inherit',
  env: {
    NODE_ENV: 'production',
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    PORT: String(DEPLOY_PORT),
    APP_URL: DEPLOY_URL,
    // The suite talks plain http to localhost; a real deployment has an https APP_URL.
    KADENS_ALLOW_HTTP: '1',
    AUTH_SECRET: 'e2e-deploy-only-secret-0123456789abcdef',
    KADENS_PAY_BY_INVOICE: '1',
    KADENS_SETUP_TOKEN_FILE: DEPLOY_SETUP_TOKEN_FILE,
    KADENS_BCRYPT_COST: '8',
    ...database.env,
  },
});
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  child.kill('SIGTERM');
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => {
  void database.drop().finally(() => process.exit(code ?? 0));
});
