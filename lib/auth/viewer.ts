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
 * Reading the session reads the user once (role, customer, session version: see
 * session-token.ts); the layout and the page of one request share that one read.
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
