import { afterEach, describe, expect, test, vi } from 'vitest';

const announceSetupToken = vi.hoisted(() => vi.fn(async () => {}));
vi.mock('@/lib/services/setup/announce-setup-token', () => ({ announceSetupToken }));
const checkStoredWebhookSecrets = vi.hoisted(() => vi.fn(async () => ({ checked: 0 })));
vi.mock('@/lib/services/webhooks/check-stored-webhook-secrets', () => ({ checkStoredWebhookSecrets }));

const { startNodeServer } = await import('./start-node-server');

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  announceSetupToken.mockClear();
});

/** The server's start as `next start` runs it, with `process.exit` caught instead of taken. */
async function startWith(env: Record<string, string>) {
  vi.stubEnv('NODE_ENV', 'production');
  for (const name of ['AUTH_SECRET', 'APP_URL', 'DATABASE_URL', 'AUTH_URL', 'KADENS_PAY_BY_INVOICE']) vi.stubEnv(name, '');
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
    throw new Error(`exit ${code}`);
  }) as typeof process.exit);
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const outcome = await startNodeServer().then(() => 'started', (e: Error) => e.message);
  return { outcome, exit, printed: error.mock.calls.flat().join('\n') };
}

describe('a Next.js server started directly in production (not through npm start)', () => {
  test('exits with status 1 and the one message when settings are missing', async () => {
    const { outcome, printed } = await startWith({});
    expect(outcome).toBe('exit 1');
    expect(printed).toMatch(/AUTH_SECRET is not set[\s\S]*APP_URL is not set/);
    expect(announceSetupToken).not.toHaveBeenCalled();
  });

  test('starts with them, and pins Auth.js to APP_URL', async () => {
    const { outcome, exit } = await startWith({
      AUTH_SECRET: 'x'.repeat(40),
      APP_URL: 'https://shop.example.com/',
      DATABASE_URL: 'postgres://kadens@db/kadens',
      KADENS_PAY_BY_INVOICE: '1',
    });
    expect(outcome).toBe('started');
    expect(exit).not.toHaveBeenCalled();
    expect(process.env.AUTH_URL).toBe('https://shop.example.com');
    expect(announceSetupToken).toHaveBeenCalledOnce();
  });

  test('exits with status 1, naming the setting, when the key cannot open the stored webhook secrets', async () => {
    const { SecretKeyMismatchError } = await import('@/lib/crypto/secret-box');
    checkStoredWebhookSecrets.mockRejectedValueOnce(new SecretKeyMismatchError('KADENS_ENCRYPTION_KEY', 'webhook_endpoints:x'));
    const { outcome, printed } = await startWith({
      AUTH_SECRET: 'x'.repeat(40),
      APP_URL: 'https://shop.example.com/',
      DATABASE_URL: 'postgres://kadens@db/kadens',
      KADENS_PAY_BY_INVOICE: '1',
    });
    expect(outcome).toBe('exit 1');
    expect(printed).toMatch(/cannot be decrypted with the key from KADENS_ENCRYPTION_KEY/);
    expect(announceSetupToken).not.toHaveBeenCalled();
  });

  test('does nothing during `next build`', async () => {
    const { outcome } = await startWith({ NEXT_PHASE: 'phase-production-build' });
    expect(outcome).toBe('started');
    expect(announceSetupToken).not.toHaveBeenCalled();
  });
});

describe('while the database does not answer yet (a first `npm run dev` holds it until the demo history is played)', () => {
  /** The webhook-secret check, held until `answer` is called. */
  function holdTheCheck(): () => void {
    let answer = () => {};
    checkStoredWebhookSecrets.mockImplementationOnce(() => new Promise((resolve) => (answer = () => resolve({ checked: 0 }))));
    return () => answer();
  }
  const settled = async (start: Promise<unknown>) => {
    let done = false;
    void start.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    return done;
  };

  test('under next dev the server starts at once; the checks run beside it and finish when the database answers', async () => {
    const answer = holdTheCheck();
    vi.stubEnv('NODE_ENV', 'development');
    vi.stubEnv('AUTH_URL', '');
    expect(await settled(startNodeServer())).toBe(true);
    expect(announceSetupToken).not.toHaveBeenCalled();
    answer();
    await vi.waitFor(() => expect(announceSetupToken).toHaveBeenCalledOnce());
  });

  test('in production the server waits for them: it answers nothing before the stored secrets are checked', async () => {
    const answer = holdTheCheck();
    const start = startWith({
      AUTH_SECRET: 'x'.repeat(40),
      APP_URL: 'https://shop.example.com/',
      DATABASE_URL: 'postgres://kadens@db/kadens',
      KADENS_PAY_BY_INVOICE: '1',
    });
    expect(await settled(start)).toBe(false);
    answer();
    expect((await start).outcome).toBe('started');
    expect(announceSetupToken).toHaveBeenCalledOnce();
  });
});
