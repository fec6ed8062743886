import { headers } from 'next/headers';
import type { ActionState } from '@/lib/actions/action-state';
import { signIn } from '@/lib/auth/auth';
import type { Viewer } from '@/lib/auth/viewer';
import type { DomainErrorShape } from '@/lib/errors/domain-error';
import { tooManyAttempts } from '@/lib/rate-limit/limit-answers';
import { limitSignIn } from '@/lib/rate-limit/request-limits';
import { changePassword } from '@/lib/services/auth/change-password';

/**
 * The body of both "change password" actions (customer and staff): the current password is
 * tried like a sign-in (and limited like one), every session ends, and this device signs in
 * again with the new password so only the others are signed out.
 */
export async function changeOwnPassword(
  viewer: Viewer,
  input: { currentPassword?: string; newPassword: string },
  returnTo: string,
): Promise<ActionState | DomainErrorShape> {
  const limited = await limitSignIn(await headers(), viewer.email);
  if (!limited.ok) return tooManyAttempts(limited.retryAfterSeconds);
  const changed = await changePassword({ userId: viewer.userId, currentPassword: input.currentPassword, newPassword: input.newPassword });
  if (!changed.ok) return changed.error;
  await signIn('credentials', { email: changed.value.email, password: input.newPassword, redirectTo: returnTo });
  return {};
}
