'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { formObject } from '@/lib/actions/action-state';
import { publicAction } from '@/lib/actions/safe-action';
import { afterResponse } from '@/lib/auth/after-response';
import { signIn } from '@/lib/auth/auth';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { tooManyAttempts } from '@/lib/rate-limit/limit-answers';
import { limitRegistration } from '@/lib/rate-limit/request-limits';
import { sendAccountExists } from '@/lib/services/auth/send-account-exists';
import { sendAddressConfirmation } from '@/lib/services/auth/send-address-confirmation';
import { registerCustomer } from '@/lib/services/customers/register-customer';
import { registerSchema } from '@/lib/validations/auth';

/** Where every registration lands, new address or not: "check your e-mail". */
const REGISTERED_PAGE = '/signin/check-email?registered=1';

/**
 * Public: creates a customer with invoice address, unconfirmed, and mails the address: a link
 * to confirm it (with the password chosen) or, without a password, a sign-in link. An address
 * that already has an account gets a mail saying someone tried, and the form answers exactly
 * the same, so it reveals nobody's account; no one is signed in by registering.
 */
export const registerAction = publicAction(
  {
    schema: registerSchema,
    flash: 'register',
    // An empty password field means "send me a link" where the shop allows it.
    form: (formData) => {
      const values = formObject(formData);
      return {
        input: { ...values, password: values.password || undefined },
        values,
      };
    },
  },
  async (input, { values }) => {
    const limited = await limitRegistration(await headers());
    if (!limited.ok) return tooManyAttempts(limited.retryAfterSeconds);
    const settings = await getStorefrontSettings();
    const registered = await registerCustomer(input, {
      requirePassword: settings.requirePassword,
    });
    if (!registered.ok && registered.error.code !== 'email_taken') {
      return registered.error;
    }
    const returnTo = safeRedirectPath(values.callbackUrl, '/account');
    const now = new Date();
    if (registered.ok && !input.password) {
      await signIn('email', {
        email: input.email,
        redirect: false,
        redirectTo: returnTo,
      });
    } else {
      // After the answer: the two mails take different work, the answer must not.
      await afterResponse(() =>
        registered.ok
          ? sendAddressConfirmation({
              userId: registered.value.userId,
              email: input.email,
              locale: input.locale,
              returnTo,
              now,
            })
          : sendAccountExists({
              email: input.email,
              locale: input.locale,
              now,
            }),
      );
    }
    redirect(REGISTERED_PAGE);
  },
);
