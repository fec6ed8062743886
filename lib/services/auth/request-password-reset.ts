import { db } from '@/db/client';
import { findUserByEmail } from '@/db/queries/auth/find-user-by-email';
import { issueAuthToken } from './issue-auth-token';
import { accountLink, sendAccountEmail } from './send-account-email';

/**
 * Mails a one-time link to choose a new password, if `email` has an account; an unknown address
 * gets nothing. The caller answers the same either way (and runs this after answering).
 */
export async function requestPasswordReset(input: { email: string; now: Date }): Promise<void> {
  const user = await findUserByEmail(input.email);
  if (!user) return;
  const issued = await issueAuthToken(db, { userId: user.id, purpose: 'reset-password', now: input.now });
  await sendAccountEmail({
    template: 'password-reset',
    to: user.email,
    userId: user.id,
    props: { url: accountLink(`/signin/reset/${issued.token}`), expiresInMinutes: issued.expiresInMinutes },
    dedupeKey: `password-reset:${issued.id}`,
  });
}
