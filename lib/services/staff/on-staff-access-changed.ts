import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { sessions } from '@/db/schema';
import { revokeUserSessions } from '@/lib/services/auth/revoke-user-sessions';

/**
 * A user's access changed: a staff member got another role or was removed, or a customer was
 * erased. Runs in the transaction of that change, so their sessions end with it: the session
 * version moves on (every JWT issued so far is refused on its next request) and any database
 * session of the user is deleted. A new role would apply on the next request anyway (the session
 * callback reads the role each time); ending the session also ends a removed user's.
 */
export async function onStaffAccessChanged(tx: Tx, userId: string): Promise<void> {
  await revokeUserSessions(tx, userId);
  await tx.delete(sessions).where(eq(sessions.userId, userId));
}
