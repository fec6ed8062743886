import { spawn, type ChildProcess } from 'node:child_process';
import { ensureAuthSecret } from './auth-secret';
import { prepareDatabase, printDemoLogins } from './prepare-database';
import { startEmbeddedBilling } from './embedded-billing';

/** Prepares the database, then runs `next <command>` with it until a signal stops both. */
export async function runNext(command: 'dev' | 'start', onReady?: () => Promise<void> | void): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  // E-mailed links (pay links, sign-in links) need the app's address; locally it is this server.
  // Set here, so the embedded billing engine in this process writes the same links.
  process.env.APP_URL ??= `http://localhost:${port}`;
  // NOTE: in this process too, not only in the app's: the embedded billing engine below composes
  // invoice and reminder e-mails, whose pay links are signed with the secret the app verifies.
  // Without it every such e-mail failed here (and with it each reminder step).
  process.env.AUTH_SECRET = ensureAuthSecret();
  const database = await prepareDatabase();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? 'true',
    KADENS_EMBEDDED_DATABASE_URL: database.embedded ? database.url : '',
  };
  const child: ChildProcess = spawn('npx', ['next', command, '-p', String(port)], { stdio: 'inherit', env });
  printDemoLogins(process.env.APP_URL);
  await onReady?.();
  const stopEngine = await startEmbeddedBilling(database.url);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    child.kill('SIGTERM');
    stopEngine();
    await database.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  child.on('exit', (code) => void stop(code ?? 0));
}
