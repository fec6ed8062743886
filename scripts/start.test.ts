import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';

const tsx = createRequire(import.meta.url).resolve('tsx/cli');

/** `npm start` as run on a server: scripts/start.ts with only the environment given. */
function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsx, 'scripts/start.ts'], {
      // Not even NODE_ENV: npm start must stand on its own.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } as Record<string, string> as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    // A start that got past its check would build and serve: stop it, and let the exit code tell.
    const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('npm start refuses to start without its settings', () => {
  test('with a bare environment: exit status 1 and one message naming each missing setting', async () => {
    const { code, output } = await start({});
    expect(code).toBe(1);
    expect(output).toContain('Kadens cannot start in production: 4 settings need attention.');
    for (const setting of [/- AUTH_SECRET is not set/, /- APP_URL is not set/, /- DATABASE_URL is not set/, /- No way to pay is configured/]) {
      expect(output).toMatch(setting);
    }
    // Refused before anything started: no build, no database, no demo logins.
    expect(output).not.toMatch(/Creating an optimized production build|Database:|merchant@example\.com/);
  }, 60_000);

  test('an Inngest event key without its signing key is refused too', async () => {
    const { code, output } = await start({
      AUTH_SECRET: 'x'.repeat(40),
      APP_URL: 'https://shop.example.com',
      DATABASE_URL: 'postgres://kadens@127.0.0.1:1/kadens',
      KADENS_PAY_BY_INVOICE: '1',
      INNGEST_EVENT_KEY: 'evt_123',
    });
    expect(code).toBe(1);
    expect(output).toContain('one setting needs attention');
    expect(output).toMatch(/- INNGEST_EVENT_KEY is set but INNGEST_SIGNING_KEY is not/);
  }, 60_000);
});
