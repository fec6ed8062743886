'use server';

import { AuthError } from 'next-auth';
import { fieldErrorsOf, formObject, type ActionState } from '@/lib/actions/action-state';
import { signIn } from '@/lib/auth/auth';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { magicLinkSchema } from '@/lib/validations/auth';

/** E-mails a sign-in link (to the outbox when no e-mail provider is configured). */
export async function sendSignInLinkAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const input = formObject(formData);
  const parsed = magicLinkSchema.safeParse(input);
  if (!parsed.success) return fieldErrorsOf(parsed.error);
  try {
    await signIn('email', { email: parsed.data.email, redirectTo: safeRedirectPath(input.callbackUrl, '/account') });
  } catch (error) {
    if (error instanceof AuthError) return { error: 'We could not send a sign-in link just now. Try again in a minute.' };
    throw error;
  }
  return {};
}
