import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { err, ok, type Result } from '@/lib/billing/result';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { revokeUserSessions } from './revoke-user-sessions';

/**
 * A signed-in user's new password. The current one must be given when there is one (a stolen
 * session alone cannot lock the owner out); an account that only ever signed in by link sets
 * its first. Every session, this one too, ends: the caller signs in again with the new password.
 */
export async function changePassword(input: {
  userId: string;
  currentPassword?: string;
  newPassword: string;
}): Promise<Result<{ email: string }, DomainErrorShape>> {
  const [user] = await db.select({ email: users.email, passwordHash: users.passwordHash }).from(users).where(eq(users.id, input.userId));
  if (!user) return err(domainError('account_gone', 'This account no longer exists.'));
  if (user.passwordHash && !(input.currentPassword && (await verifyPassword(input.currentPassword, user.passwordHash)))) {
    return err(domainError('password_wrong', 'Your current password is not right.', 'currentPassword'));
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, input.userId));
    await revokeUserSessions(tx, input.userId);
  });
  return ok({ email: user.email });
}
