import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { authTokens } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { hashSecretToken } from '@/lib/auth/secret-token';
import { createPasswordUser, lastMail, tokenIn, userById } from './auth-test-fixtures';
import { requestPasswordReset } from './request-password-reset';
import { resetPassword } from './reset-password';

beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('APP_URL', 'https://shop.example');
});
afterEach(() => vi.unstubAllEnvs());

const minutes = (from: Date, n: number) => new Date(from.getTime() + n * 60_000);

async function requestedReset(password = 'the old password') {
  const user = await createPasswordUser(password);
  const now = new Date();
  await requestPasswordReset({ email: user.email.toUpperCase(), now });
  const mail = await lastMail(user.email, 'password-reset');
  return { user, now, mail, token: tokenIn(mail!.text, '/signin/reset') };
}

describe('password reset by e-mailed link', () => {
  test('the link sets a new password once, signs the account out everywhere, and is spent', async () => {
    const { user, now, mail, token } = await requestedReset();
    expect(mail!.text).toContain('https://shop.example/signin/reset/');
    // The token table keeps only a hash: a copy of it opens nothing.
    const stored = await db.select().from(authTokens).where(eq(authTokens.userId, user.id));
    expect(stored.map((row) => row.tokenHash)).not.toContain(token);
    expect(stored.map((row) => row.tokenHash)).toContain(hashSecretToken(token));

    expect(await resetPassword({ token, password: 'a brand new password', now: minutes(now, 5) })).toEqual({ ok: true, value: { email: user.email } });
    const after = await userById(user.id);
    expect(await verifyPassword('a brand new password', after.passwordHash!)).toBe(true);
    expect(await verifyPassword('the old password', after.passwordHash!)).toBe(false);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);

    const again = await resetPassword({ token, password: 'an attacker password', now: minutes(now, 6) });
    expect(again).toMatchObject({ ok: false, error: { code: 'link_spent' } });
    expect(await verifyPassword('a brand new password', (await userById(user.id)).passwordHash!)).toBe(true);
  });

  test('an expired link changes nothing', async () => {
    const { user, now, token } = await requestedReset();
    expect(await resetPassword({ token, password: 'too late password', now: minutes(now, 61) })).toMatchObject({ ok: false, error: { code: 'link_spent' } });
    expect(await verifyPassword('the old password', (await userById(user.id)).passwordHash!)).toBe(true);
  });

  test('asking again retires the earlier link', async () => {
    const { user, now, token: first } = await requestedReset();
    await requestPasswordReset({ email: user.email, now: minutes(now, 1) });
    const second = tokenIn((await lastMail(user.email, 'password-reset'))!.text, '/signin/reset');
    expect(second).not.toBe(first);
    expect(await resetPassword({ token: first, password: 'from the old mail', now: minutes(now, 2) })).toMatchObject({ ok: false });
    expect(await resetPassword({ token: second, password: 'from the new mail', now: minutes(now, 2) })).toMatchObject({ ok: true });
  });

  test('a reset proves the address: an unconfirmed account is confirmed by it', async () => {
    const user = await createPasswordUser('someone else chose this', { role: 'customer', emailVerified: null });
    await requestPasswordReset({ email: user.email, now: new Date() });
    const token = tokenIn((await lastMail(user.email, 'password-reset'))!.text, '/signin/reset');
    await resetPassword({ token, password: 'the owner chose this', now: new Date() });
    expect((await userById(user.id)).emailVerified).not.toBeNull();
  });

  test('an unknown address gets no mail', async () => {
    const email = `nobody-${randomUUID()}@example.com`;
    await requestPasswordReset({ email, now: new Date() });
    expect(await lastMail(email, 'password-reset')).toBeUndefined();
  });
});
