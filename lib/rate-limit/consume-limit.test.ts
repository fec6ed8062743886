import { randomUUID } from 'node:crypto';
import { like } from 'drizzle-orm';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { rateLimits } from '@/db/schema';
import { consumeLimit, consumeLimits } from './consume-limit';

afterEach(() => vi.unstubAllEnvs());

const someone = () => `Limit-${randomUUID()}@Example.com`;

describe('consumeLimit (counters in the shared database)', () => {
  test('the request past the limit is refused with the wait until the window ends', async () => {
    vi.stubEnv('KADENS_RATE_LIMIT_SIGN_IN_EMAIL', '2/60');
    const email = someone();
    expect(await consumeLimit('sign-in-email', email)).toEqual({ ok: true });
    expect(await consumeLimit('sign-in-email', email)).toEqual({ ok: true });
    const third = await consumeLimit('sign-in-email', email);
    expect(third.ok).toBe(false);
    if (!third.ok) {
      expect(third.retryAfterSeconds).toBeGreaterThan(50);
      expect(third.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
    // The same address typed differently is the same subject; another address is not limited.
    expect((await consumeLimit('sign-in-email', email.toLowerCase())).ok).toBe(false);
    expect(await consumeLimit('sign-in-email', someone())).toEqual({ ok: true });
  });

  test('a window that has passed starts counting again', async () => {
    vi.stubEnv('KADENS_RATE_LIMIT_EMAIL_LINK_EMAIL', '1/1');
    const email = someone();
    expect((await consumeLimit('email-link-email', email)).ok).toBe(true);
    expect((await consumeLimit('email-link-email', email)).ok).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await consumeLimit('email-link-email', email)).ok).toBe(true);
  });

  test('the table stores a hash, not the address', async () => {
    vi.stubEnv('KADENS_RATE_LIMIT_REGISTER_IP', '5/60');
    const subject = `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    await consumeLimit('register-ip', subject);
    const rows = await db.select().from(rateLimits).where(like(rateLimits.key, 'register-ip:%'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.key.includes(subject))).toBe(false);
  });

  test('a limit switched off never refuses', async () => {
    vi.stubEnv('KADENS_RATE_LIMIT_PAY_LINK_IP', 'off');
    const ip = randomUUID();
    for (let i = 0; i < 5; i++) expect(await consumeLimit('pay-link-ip', ip)).toEqual({ ok: true });
  });

  test('several limits: every one counts, and the longest wait is the answer', async () => {
    vi.stubEnv('KADENS_RATE_LIMIT_SIGN_IN_EMAIL', '1/30');
    vi.stubEnv('KADENS_RATE_LIMIT_SIGN_IN_IP', '1/600');
    const [email, ip] = [someone(), randomUUID()];
    expect(await consumeLimits([['sign-in-email', email], ['sign-in-ip', ip]])).toEqual({ ok: true });
    const refused = await consumeLimits([['sign-in-email', someone()], ['sign-in-ip', ip]]);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(500);
  });
});
