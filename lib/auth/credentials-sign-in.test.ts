import { Auth } from '@auth/core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers } from '@/db/schema';
import { consumeLimit } from '@/lib/rate-limit/consume-limit';
import { createPasswordUser } from '@/lib/services/auth/auth-test-fixtures';
import { authConfig } from './auth-config';

afterEach(() => vi.unstubAllEnvs());

const config = { ...authConfig, secret: process.env.AUTH_SECRET!, trustHost: true, basePath: '/api/auth' };
const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');

/** A password sign-in as a browser sends it to Auth.js (CSRF token first): the session cookie, or null. */
async function signInThroughAuthJs(email: string, password: string): Promise<string | null> {
  const csrf = await Auth(new Request('http://localhost:3000/api/auth/csrf'), config);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await Auth(
    new Request('http://localhost:3000/api/auth/callback/credentials', {
      method: 'POST',
      headers: { cookie: cookiesOf(csrf), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, password, csrfToken }),
    }),
    config,
  );
  return /authjs\.session-token=[^;]+/.exec(response.headers.getSetCookie().join('\n'))?.[0] ?? null;
}

describe('password sign-in through Auth.js', () => {
  test('the right password opens a session; a wrong one does not', async () => {
    const user = await createPasswordUser('the right one');
    expect(await signInThroughAuthJs(user.email, 'a wrong one')).toBeNull();
    const cookie = await signInThroughAuthJs(user.email, 'the right one');
    expect(cookie).not.toBeNull();
    const session = await Auth(new Request('http://localhost:3000/api/auth/session', { headers: { cookie: cookie! } }), config);
    expect(await session.json()).toMatchObject({ user: { id: user.id, email: user.email } });
  });

  test('a successful sign-in clears the failures counted against the address', async () => {
    vi.stubEnv('KADENS_RATE_LIMIT_SIGN_IN_EMAIL', '3/900');
    const user = await createPasswordUser('the right one');
    // Two failures counted (as the sign-in form counts them), then the owner gets it right.
    await consumeLimit('sign-in-email', user.email);
    await consumeLimit('sign-in-email', user.email);
    expect(await signInThroughAuthJs(user.email, 'the right one')).not.toBeNull();
    for (let i = 0; i < 3; i++) expect(await consumeLimit('sign-in-email', user.email)).toEqual({ ok: true });
    expect((await consumeLimit('sign-in-email', user.email)).ok).toBe(false);
  });

  test('a customer who chose links only is refused with the right password', async () => {
    const user = await createPasswordUser('the right one', { role: 'customer' });
    await db.insert(customers).values({
      userId: user.id,
      name: 'Link Only',
      email: user.email,
      addressLine1: 'Storgata 1',
      postalCode: '0155',
      city: 'Oslo',
      country: 'NO',
      signInByLinkOnly: true,
    });
    expect(await signInThroughAuthJs(user.email, 'the right one')).toBeNull();
    await db.update(customers).set({ signInByLinkOnly: false }).where(eq(customers.userId, user.id));
    expect(await signInThroughAuthJs(user.email, 'the right one')).not.toBeNull();
  });
});
