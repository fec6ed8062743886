import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { verifyPasswordOrDummy } from '@/lib/auth/password';
import { lastMail } from '@/lib/services/auth/auth-test-fixtures';
import { newCustomer } from '@/test/support/checkout-fixtures';

// The request: a client address per test (limits count by it) and no Next.js runtime.
const request = vi.hoisted(() => ({ ip: '' }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': request.ip }) }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
// Auth.js needs Next's runtime; its sign-in is what these actions hand over to, so it is observed.
const signIn = vi.hoisted(() => vi.fn());
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {} }));
vi.mock('@/lib/auth/auth', () => ({ auth: vi.fn(), signIn, signOut: vi.fn() }));

const { registerAction } = await import('./register-action');
const { signInAction } = await import('./sign-in-action');
const { sendSignInLinkAction } = await import('./send-sign-in-link-action');
const { requestPasswordResetAction } = await import('./request-password-reset-action');
const { AuthError } = await import('next-auth');

beforeEach(() => {
  request.ip = `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
  signIn.mockReset();
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('APP_URL', 'https://shop.example');
});
afterEach(() => vi.unstubAllEnvs());

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const registration = (email: string, password: string) =>
  form({ name: 'Sanne Jansen', email, password, addressLine1: 'Prinsengracht 263', postalCode: '1016 GV', city: 'Amsterdam', country: 'NL', callbackUrl: '/checkout/details' });

/** How an action answered: its state, or where it redirected. */
async function answerOf(run: Promise<unknown>): Promise<unknown> {
  try {
    return await run;
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (digest?.startsWith('NEXT_REDIRECT')) return { redirect: digest.split(';')[2] };
    throw error;
  }
}

describe('no account enumeration', () => {
  test('registering a taken address answers exactly as a new one; only the owner hears of it', async () => {
    const taken = await newCustomer('taken');
    const [before] = await db.select().from(users).where(eq(users.email, taken.email));
    const fresh = `fresh-${randomUUID()}@example.com`;

    const forTaken = await answerOf(registerAction({}, registration(taken.email, 'attacker password')));
    const forFresh = await answerOf(registerAction({}, registration(fresh, 'newcomer password')));
    expect(forTaken).toEqual(forFresh);
    expect(forTaken).toEqual({ redirect: '/signin/check-email?registered=1' });
    expect(signIn).not.toHaveBeenCalled();

    // The owner is told someone tried; the newcomer gets a link to confirm.
    expect((await lastMail(taken.email, 'account-exists'))?.text).toContain('You already have one');
    expect(await lastMail(taken.email, 'confirm-email')).toBeUndefined();
    expect((await lastMail(fresh, 'confirm-email'))?.text).toContain('https://shop.example/signin/confirm/');
    // The owner's account is untouched, and the registrant's password does not open it.
    const [after] = await db.select().from(users).where(eq(users.email, taken.email));
    expect(after).toEqual(before);
    expect(await verifyPasswordOrDummy('attacker password', after!.passwordHash)).toBe(false);
  });

  test('"forgot your password" answers the same for a known and an unknown address', async () => {
    const known = await newCustomer('reset');
    const unknown = `unknown-${randomUUID()}@example.com`;
    const forKnown = await requestPasswordResetAction({}, form({ email: known.email }));
    const forUnknown = await requestPasswordResetAction({}, form({ email: unknown }));
    expect(forKnown).toEqual(forUnknown);
    expect(forKnown).toEqual({ notice: expect.stringMatching(/^If an account uses that address/) });
    expect(await lastMail(known.email, 'password-reset')).toBeDefined();
    expect(await lastMail(unknown, 'password-reset')).toBeUndefined();
  });

  test('a wrong password and an unknown address get the same sign-in answer', async () => {
    signIn.mockRejectedValue(new AuthError('CredentialsSignin'));
    const known = await newCustomer('signin');
    const answers = await Promise.all([
      signInAction({}, form({ email: known.email, password: 'wrong password' })),
      signInAction({}, form({ email: `nobody-${randomUUID()}@example.com`, password: 'wrong password' })),
    ]);
    expect(answers[0]).toEqual(answers[1]);
  });
});

describe('rate limits answer with when to try again', () => {
  const TOO_MANY = /^Too many attempts\. Please try again in \d+ (seconds?|minutes?|hours?)\.$/;

  test('password sign-in by address: past the limit Auth.js is not even asked', async () => {
    vi.stubEnv('KADENS_RATE_LIMIT_SIGN_IN_EMAIL', '3/900');
    signIn.mockRejectedValue(new AuthError('CredentialsSignin'));
    const email = `guessed-${randomUUID()}@example.com`;
    for (let i = 0; i < 3; i++) {
      request.ip = randomUUID(); // from a different address every time: the limit is per account
      expect(await signInAction({}, form({ email, password: `guess ${i}` }))).toEqual({ error: 'That e-mail and password do not match an account.' });
    }
    const limited = await signInAction({}, form({ email, password: 'guess 4' }));
    expect(limited).toEqual({ error: expect.stringMatching(TOO_MANY) });
    expect((limited as { error: string }).error).toContain('15 minutes');
    expect(signIn).toHaveBeenCalledTimes(3);
  });

  test('password sign-in by client: many addresses from one client', async () => {
    vi.stubEnv('KADENS_RATE_LIMIT_SIGN_IN_IP', '2/600');
    signIn.mockRejectedValue(new AuthError('CredentialsSignin'));
    await signInAction({}, form({ email: `a-${randomUUID()}@example.com`, password: 'x' }));
    await signInAction({}, form({ email: `b-${randomUUID()}@example.com`, password: 'x' }));
    expect(await signInAction({}, form({ email: `c-${randomUUID()}@example.com`, password: 'x' }))).toEqual({ error: expect.stringMatching(TOO_MANY) });
  });

  test('registration by client: nothing is created past the limit', async () => {
    vi.stubEnv('KADENS_RATE_LIMIT_REGISTER_IP', '1/3600');
    await answerOf(registerAction({}, registration(`first-${randomUUID()}@example.com`, 'first password')));
    const second = `second-${randomUUID()}@example.com`;
    expect(await answerOf(registerAction({}, registration(second, 'second password')))).toEqual({ error: expect.stringMatching(/try again in 1 hour\.$/) });
    expect(await db.select().from(users).where(eq(users.email, second))).toEqual([]);
  });

  test.each([
    ['a sign-in link', () => sendSignInLinkAction],
    ['a password reset', () => requestPasswordResetAction],
  ])('%s by address: no more mail past the limit', async (_case, action) => {
    vi.stubEnv('KADENS_RATE_LIMIT_EMAIL_LINK_EMAIL', '2/900');
    signIn.mockResolvedValue(undefined);
    const email = `mailbox-${randomUUID()}@example.com`;
    await action()({}, form({ email }));
    await action()({}, form({ email }));
    expect(await action()({}, form({ email }))).toEqual({ error: expect.stringMatching(TOO_MANY) });
  });
});
