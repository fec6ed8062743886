import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { revokeUserSessions } from './revoke-user-sessions';

/**
 * Called when someone proves they own an address by opening a sign-in link. If the account was
 * registered with a password and never confirmed, that password was chosen by whoever typed the
 * address, who may not be its owner (a pre-account takeover): it is removed and every session
 * it opened is ended. The owner signs in by link and can choose a password in Min Side.
 * Returns whether anything was taken away.
 */
export async function claimUnconfirmedAccount(userId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const cleared = await tx
      .update(users)
      .set({ passwordHash: null })
      .where(and(eq(users.id, userId), isNull(users.emailVerified), isNotNull(users.passwordHash)))
      .returning({ id: users.id });
    if (cleared.length === 0) return false;
    await revokeUserSessions(tx, userId);
    return true;
  });
}
