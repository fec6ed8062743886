'use server';

import { AuthError } from 'next-auth';
import { db } from '@/db/client';
import { fieldErrorsOf, formObject, type ActionState } from '@/lib/actions/action-state';
import { signIn } from '@/lib/auth/auth';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { registerCustomer } from '@/lib/services/customers/register-customer';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { registerSchema } from '@/lib/validations/auth';

/** Public: creates a customer with invoice address, then signs them in (or sends the link). */
export async function registerAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const input = formObject(formData);
  const parsed = registerSchema.safeParse({ ...input, password: input.password || undefined });
  if (!parsed.success) return fieldErrorsOf(parsed.error);

  const settings = await getShopSettings(db);
  const registered = await registerCustomer(parsed.data, { requirePassword: settings.requirePassword });
  if (!registered.ok) {
    return { error: registered.error.message, fieldErrors: { [registered.error.field]: registered.error.message } };
  }
  const redirectTo = safeRedirectPath(input.callbackUrl, '/account');
  try {
    if (parsed.data.password) {
      await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirectTo });
    } else {
      await signIn('email', { email: parsed.data.email, redirectTo });
    }
  } catch (error) {
    if (error instanceof AuthError) return { notice: 'Your account is ready. Sign in to continue.' };
    throw error;
  }
  return {};
}
