import { and, eq, isNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { findUsableAuthToken } from '@/db/queries/auth/find-usable-auth-token';
import { users } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { err, ok, type Result } from '@/lib/billing/result';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { consumeAuthToken } from './consume-auth-token';

export const CONFIRM_LINK_SPENT = 'This confirmation link has expired or was already used. Sign in to get a new one.';

/**
 * Confirms a registration made with a password: the e-mailed link proves the address, the
 * password proves it is the person who registered. Both are needed, so the owner of an address
 * who clicks the link of a registration someone else made in their name confirms nothing.
 * A wrong password leaves the link usable. Returns the address to sign in with.
 */
export async function confirmRegistration(input: { token: string; password: string; now: Date }): Promise<Result<{ email: string }, DomainErrorShape>> {
  const found = await findUsableAuthToken(input.token, 'confirm-email', input.now);
  if (!found) return err(domainError('confirm_link_spent', CONFIRM_LINK_SPENT));
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, found.userId));
  if (!user?.passwordHash || !(await verifyPassword(input.password, user.passwordHash))) {
    return err(domainError('registration_password_wrong', 'That is not the password this account was registered with.', 'password'));
  }
  return db.transaction(async (tx) => {
    if (
      !(await consumeAuthToken(tx, {
        token: input.token,
        purpose: 'confirm-email',
        now: input.now,
      }))
    )
      return err(domainError('confirm_link_spent', CONFIRM_LINK_SPENT));
    await tx
      .update(users)
      .set({ emailVerified: input.now })
      .where(and(eq(users.id, found.userId), isNull(users.emailVerified)));
    return ok({ email: found.email });
  });
}
