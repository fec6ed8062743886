import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { findUserByEmail } from '@/db/queries/auth/find-user-by-email';
import { users } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { err, ok, type Result } from '@/lib/billing/result';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { issueAuthToken } from './issue-auth-token';
import { accountLink, sendAccountEmail } from './send-account-email';

/**
 * Starts moving an account to a new sign-in address: with the current password, a link goes to
 * the new address, and nothing changes until it is opened there (confirmEmailChange). An account
 * without a password (it signs in by e-mailed links) has none to give: its session is the proof,
 * as it is for setting a first password.
 */
export async function requestEmailChange(input: {
  userId: string;
  currentPassword?: string;
  newEmail: string;
  now: Date;
}): Promise<Result<{ sentTo: string }, DomainErrorShape>> {
  const newEmail = input.newEmail.trim().toLowerCase();
  const [user] = await db.select({ email: users.email, passwordHash: users.passwordHash }).from(users).where(eq(users.id, input.userId));
  if (!user) return err(domainError('account_gone', 'This account no longer exists.'));
  if (user.passwordHash && !(input.currentPassword && (await verifyPassword(input.currentPassword, user.passwordHash)))) {
    return err(domainError('password_wrong', 'Your current password is not right.', 'currentPassword'));
  }
  if (newEmail === user.email) return err(domainError('email_same', 'That is already your sign-in address.', 'newEmail'));
  // Staff see who has an account anyway: saying so here reveals nothing new.
  if (await findUserByEmail(newEmail)) return err(domainError('email_taken', 'Another account already uses that address.', 'newEmail'));
  const issued = await issueAuthToken(db, { userId: input.userId, purpose: 'change-email', newEmail, now: input.now });
  await sendAccountEmail({
    template: 'email-change',
    to: newEmail,
    userId: input.userId,
    props: { newEmail, url: accountLink(`/signin/email-change/${issued.token}`), expiresInMinutes: issued.expiresInMinutes },
    dedupeKey: `email-change:${issued.id}`,
  });
  return ok({ sentTo: newEmail });
}
