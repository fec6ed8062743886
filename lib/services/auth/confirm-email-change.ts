import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, users } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { isUniqueViolation } from '@/lib/services/db-errors';
import { consumeAuthToken } from './consume-auth-token';
import { revokeUserSessions } from './revoke-user-sessions';

const LINK_SPENT = 'This link has expired or was already used. Ask for a new one in your account settings.';

/**
 * Moves the account to the address the link was sent to (which opening it proves) and signs it
 * out everywhere: the next sign-in is with the new address. A customer's invoices and e-mails go
 * to it from then on (invoices already issued keep the address frozen on them).
 */
export async function confirmEmailChange(input: { token: string; now: Date }): Promise<Result<{ email: string }, DomainErrorShape>> {
  try {
    return await db.transaction(async (tx) => {
      const used = await consumeAuthToken(tx, {
        token: input.token,
        purpose: 'change-email',
        now: input.now,
      });
      if (!used?.newEmail) return err(domainError('email_change_link_spent', LINK_SPENT));
      await tx.update(users).set({ email: used.newEmail, emailVerified: input.now }).where(eq(users.id, used.userId));
      await tx.update(customers).set({ email: used.newEmail }).where(eq(customers.userId, used.userId));
      await revokeUserSessions(tx, used.userId);
      return ok({ email: used.newEmail });
    });
  } catch (error) {
    // Taken by another account since the link was sent; the link stays unused (rolled back).
    if (isUniqueViolation(error, 'users_email_key')) return err(domainError('email_taken_now', 'Another account now uses that address.'));
    throw error;
  }
}
