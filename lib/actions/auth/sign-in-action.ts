'use server';

import { AuthError } from 'next-auth';
import { fieldErrorsOf, formObject, type ActionState } from '@/lib/actions/action-state';
import { signIn } from '@/lib/auth/auth';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { signInSchema } from '@/lib/validations/auth';

export async function signInAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const input = formObject(formData);
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return fieldErrorsOf(parsed.error);
  try {
    await signIn('credentials', {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeRedirectPath(input.callbackUrl, '/account'),
    });
  } catch (error) {
    // NOTE: a successful sign-in throws Next's redirect; only Auth.js errors are answers here.
    if (error instanceof AuthError) return { error: 'That e-mail and password do not match an account.' };
    throw error;
  }
  return {};
}
