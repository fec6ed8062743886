import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { sessions } from '@/db/schema';

/**
 * A user's access changed: a staff member got another role or was removed, or a customer was
 * erased. Runs in the transaction of that change, so their sessions end with it.
 *
 * What ends them today: the viewer's role is read from the database on every request
 * (lib/auth/viewer.ts), so a new role applies at once and a removed user is nobody; and any
 * database session of the user is deleted here.
 *
 * MERGE: call `revokeUserSessions(tx, userId)` (lib/services/auth/revoke-user-sessions.ts) here,
 * so the JWT session itself is refused on the next request.
 */
export async function onStaffAccessChanged(tx: Tx, userId: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.userId, userId));
}
