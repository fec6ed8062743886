import { eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { err, ok, type Result } from '@/lib/billing/result';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { consumeAuthToken } from './consume-auth-token';
import { revokeUserSessions } from './revoke-user-sessions';

export const RESET_LINK_SPENT = 'This link has expired or was already used. Ask for a new one below.';

/**
 * Sets a new password with an e-mailed reset link (once, before it expires) and signs the
 * account out everywhere. Opening the link proves the address, so an unconfirmed account is
 * confirmed by it. Returns the address to sign in with.
 */
export async function resetPassword(input: { token: string; password: string; now: Date }): Promise<Result<{ email: string }, DomainErrorShape>> {
  // Hashed before the transaction: bcrypt's quarter second must not hold a connection.
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const used = await consumeAuthToken(tx, { token: input.token, purpose: 'reset-password', now: input.now });
    if (!used) return err(domainError('link_spent', RESET_LINK_SPENT));
    const [user] = await tx
      .update(users)
      .set({ passwordHash, emailVerified: sql`coalesce(${users.emailVerified}, ${sql.param(input.now, users.emailVerified)})` })
      .where(eq(users.id, used.userId))
      .returning({ email: users.email });
    await revokeUserSessions(tx, used.userId);
    return ok({ email: user!.email });
  });
}
