'use server';

import { AuthError } from 'next-auth';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { formObject } from '@/lib/actions/action-state';
import { publicAction } from '@/lib/actions/safe-action';
import { signIn } from '@/lib/auth/auth';
import { domainError } from '@/lib/errors/domain-error';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { registerCustomer } from '@/lib/services/customers/register-customer';
import { registerSchema } from '@/lib/validations/auth';

/** Public: creates a customer with invoice address, then signs them in (or sends the link). */
export const registerAction = publicAction(
  {
    schema: registerSchema,
    // An empty password field means "send me a link" where the shop allows it.
    form: (formData) => {
      const values = formObject(formData);
      return { input: { ...values, password: values.password || undefined }, values };
    },
  },
  async (input, { values }) => {
    const settings = await getStorefrontSettings();
    const registered = await registerCustomer(input, { requirePassword: settings.requirePassword });
    if (!registered.ok) return domainError('registration_refused', registered.error.message, registered.error.field);
    const redirectTo = safeRedirectPath(values.callbackUrl, '/account');
    try {
      if (input.password) {
        await signIn('credentials', { email: input.email, password: input.password, redirectTo });
      } else {
        await signIn('email', { email: input.email, redirectTo });
      }
    } catch (error) {
      if (error instanceof AuthError) return { notice: 'Your account is ready. Sign in to continue.' };
      throw error;
    }
    return {};
  },
);
