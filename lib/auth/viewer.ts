import { headers } from 'next/headers';
import { cache } from 'react';
import { auth, type Role } from './auth';
import { hasSessionCookie } from './session-cookie';

export type Viewer = {
  userId: string;
  email: string;
  role: Role;
  customerId: string | null;
  /** A self-registered customer whose address is not confirmed yet: they see nothing of the account. */
  unconfirmed?: boolean;
};

/**
 * Whether the request carries a session cookie at all. Without one Auth.js answers "nobody" too,
 * but only after preparing a sign-in (a CSRF token, hashed) on every anonymous page view: about
 * 5 % of the plan page's server time under load. Outside a request (a script) there are no
 * headers to read: Auth.js is asked.
 */
async function requestHasSessionCookie(): Promise<boolean> {
  try {
    return hasSessionCookie((await headers()).get('cookie'));
  } catch {
    return true;
  }
}

/**
 * Who is asking: read from the session in every page, action and route (never only in proxy).
 * The session callback reads the user once per request (role, customer, session version,
 * confirmed: see session-token.ts), so a demoted, removed or signed-out-everywhere user has the
 * new rights (or none) on their next request; the layout and the page of one request share it.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  if (!(await requestHasSessionCookie())) return null;
  const session = await auth();
  if (!session?.user?.id) return null;
  return {
    userId: session.user.id,
    email: session.user.email ?? '',
    role: session.user.role,
    customerId: session.user.customerId ?? null,
    ...(session.user.unconfirmed ? { unconfirmed: true } : {}),
  };
});
