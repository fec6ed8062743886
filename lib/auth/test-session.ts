import { Auth } from '@auth/core';
import { encode, type JWT } from '@auth/core/jwt';
import { authConfig } from './auth-config';
import { refreshSessionToken } from './session-token';

/**
 * Test support: the app's Auth.js configuration run by Auth.js itself, so tests see sessions
 * exactly as a request would (the jwt and session callbacks, the version check).
 */
const SECRET = process.env.AUTH_SECRET!;
const COOKIE = 'authjs.session-token';

export type TestSession = {
  user?: { id: string; email: string; role: string; customerId: string | null; unconfirmed: boolean };
  expires?: string;
} | null;

/** GET /api/auth/session with the session cookie. */
export async function sessionOf(cookie: string): Promise<TestSession> {
  const request = new Request('http://localhost:3000/api/auth/session', { headers: { cookie: `${COOKIE}=${cookie}` } });
  const response = await Auth(request, { ...authConfig, secret: SECRET, trustHost: true, basePath: '/api/auth' });
  return (await response.json()) as TestSession;
}

/** A session cookie as a sign-in issues it: the jwt callback's answer, encoded. */
export async function signedInCookie(userId: string): Promise<string> {
  return cookieFor((await refreshSessionToken({}, userId))!);
}

/** A session cookie holding exactly this token (e.g. one issued by an older version). */
export function cookieFor(token: JWT): Promise<string> {
  return encode({ token, secret: SECRET, salt: COOKIE });
}
