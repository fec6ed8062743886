import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { checkAccess } from '@/lib/auth/access';
import { verifyPasswordOrDummy } from '@/lib/auth/password';
import { refreshSessionToken } from '@/lib/auth/session-token';
import type { Viewer } from '@/lib/auth/viewer';
import { registerCustomer } from '@/lib/services/customers/register-customer';
import type { RegisterInput } from '@/lib/validations/auth';
import { lastMail, tokenIn, userById } from './auth-test-fixtures';
import { claimUnconfirmedAccount } from './claim-unconfirmed-account';
import { confirmRegistration } from './confirm-registration';
import { sendAddressConfirmation } from './send-address-confirmation';

beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('APP_URL', 'https://shop.example');
});
afterEach(() => vi.unstubAllEnvs());

const registration = (email: string, password: string): RegisterInput => ({
  name: 'Mallory',
  email,
  password,
  companyName: null,
  vatId: null,
  addressLine1: 'Elsewhere 1',
  addressLine2: null,
  postalCode: '1000',
  city: 'Oslo',
  country: 'NO',
  locale: 'en',
});

/** What a request in a session started at sign-in sees: the viewer, or null when signed out. */
async function viewerOfSession(token: Awaited<ReturnType<typeof refreshSessionToken>>): Promise<Viewer | null> {
  const next = token && (await refreshSessionToken(token));
  if (!next) return null;
  return {
    userId: next.uid!,
    email: next.email!,
    role: next.role!,
    customerId: next.customerId ?? null,
    unconfirmed: next.unconfirmed,
  };
}

/** Someone registers an address that is not theirs, with a password of their choosing. */
async function registeredInSomeoneElsesName() {
  const email = `victim-${randomUUID()}@example.com`;
  const registered = await registerCustomer(registration(email, 'mallory knows this'), { requirePassword: true });
  if (!registered.ok) throw new Error(registered.error.message);
  await sendAddressConfirmation({
    userId: registered.value.userId,
    email,
    returnTo: '/account',
    now: new Date(),
  });
  const session = await refreshSessionToken({}, registered.value.userId);
  return { email, userId: registered.value.userId, session };
}

describe('a registration in someone else’s name (pre-account takeover)', () => {
  test('until the address is confirmed, the account shows nothing of a customer', async () => {
    const { session } = await registeredInSomeoneElsesName();
    const viewer = await viewerOfSession(session);
    expect(viewer?.unconfirmed).toBe(true);
    expect(checkAccess(viewer, { who: 'customer' })).toEqual({
      ok: false,
      reason: 'unconfirmed',
    });
  });

  test('the owner clicking the confirmation link does not confirm it: the password is needed too', async () => {
    const { email, userId } = await registeredInSomeoneElsesName();
    const token = tokenIn((await lastMail(email, 'confirm-email'))!.text, '/signin/confirm');
    const owner = await confirmRegistration({
      token,
      password: 'the owner guesses',
      now: new Date(),
    });
    expect(owner).toMatchObject({
      ok: false,
      error: { code: 'registration_password_wrong', field: 'password' },
    });
    expect((await userById(userId)).emailVerified).toBeNull();
  });

  test('the owner signing in by link takes the account: the password and its sessions go', async () => {
    const { userId, session } = await registeredInSomeoneElsesName();
    expect(await claimUnconfirmedAccount(userId)).toBe(true);
    const after = await userById(userId);
    expect(after.passwordHash).toBeNull();
    expect(await verifyPasswordOrDummy('mallory knows this', after.passwordHash)).toBe(false);
    expect(await viewerOfSession(session)).toBeNull();
  });

  test('the registrant, confirming with link and password, gets the account', async () => {
    const { email, userId } = await registeredInSomeoneElsesName();
    const token = tokenIn((await lastMail(email, 'confirm-email'))!.text, '/signin/confirm');
    expect(
      await confirmRegistration({
        token,
        password: 'mallory knows this',
        now: new Date(),
      }),
    ).toEqual({ ok: true, value: { email } });
    const viewer = await viewerOfSession(await refreshSessionToken({}, userId));
    expect(checkAccess(viewer, { who: 'customer' }).ok).toBe(true);
    // Once: the link is spent. And a confirmed account keeps its password on a link sign-in.
    expect(
      await confirmRegistration({
        token,
        password: 'mallory knows this',
        now: new Date(),
      }),
    ).toMatchObject({ ok: false, error: { code: 'confirm_link_spent' } });
    expect(await claimUnconfirmedAccount(userId)).toBe(false);
    expect((await userById(userId)).passwordHash).not.toBeNull();
  });
});
