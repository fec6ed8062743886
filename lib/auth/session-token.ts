import type { JWT } from 'next-auth/jwt';
import { getSessionUser, type SessionUser } from '@/db/queries/auth/get-session-user';

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    /** The user's session version when this session was issued (see revokeUserSessions). */
    sv?: number;
    role?: SessionUser['role'];
    customerId?: string | null;
    unconfirmed?: boolean;
  }
}

/**
 * The Auth.js `jwt` callback, run at sign-in (`signedInUserId` set) and on every request that
 * reads the session. One read of the user per call: a session whose version is behind the
 * user's (revoked), or whose user is gone, answers null, which Auth.js treats as signed out.
 * Role, address and customer come from that read, so a change shows on the next request.
 */
export async function refreshSessionToken(token: JWT, signedInUserId?: string): Promise<JWT | null> {
  const userId = signedInUserId ?? token.uid;
  if (!userId) return null;
  const user = await getSessionUser(userId);
  if (!user) return null;
  // NOTE: a session issued before versions existed carries none; it counts as version 0, so a
  // deploy signs nobody out but the first revocation does.
  if (!signedInUserId && (token.sv ?? 0) !== user.sessionVersion) return null;
  return {
    ...token,
    uid: user.id,
    sv: user.sessionVersion,
    email: user.email,
    name: user.name,
    role: user.role,
    customerId: user.customerId,
    // A self-registered customer stays unconfirmed until their address is proved by a link.
    unconfirmed: user.role === 'customer' && user.emailVerified === null,
  };
}
