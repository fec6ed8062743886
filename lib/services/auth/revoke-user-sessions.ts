import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { users } from '@/db/schema';

/**
 * Signs `userId` out everywhere: every session issued so far carries an older session version
 * and is refused on its next request (lib/auth/session-token.ts). Call it in the transaction of
 * the change that demands it (a new password, a new role, a removed staff member), so the
 * sessions end exactly when the change commits. A session started afterwards is unaffected.
 */
export async function revokeUserSessions(tx: DbOrTx, userId: string): Promise<void> {
  await tx
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}
