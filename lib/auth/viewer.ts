import { cache } from 'react';
import { auth, type Role } from './auth';

export type Viewer = {
  userId: string;
  email: string;
  role: Role;
  customerId: string | null;
  /** A self-registered customer whose address is not confirmed yet: they see nothing of the account. */
  unconfirmed?: boolean;
};

/**
 * Who is asking: read from the session in every page, action and route (never only in proxy).
 * The session callback reads the user once per request (role, customer, session version,
 * confirmed: see session-token.ts), so a demoted, removed or signed-out-everywhere user has the
 * new rights (or none) on their next request; the layout and the page of one request share it.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
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
