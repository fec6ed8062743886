'use server';

import { notFound } from 'next/navigation';
import { ownerExists } from '@/db/queries/setup/owner-exists';
import { formObject, type ActionState } from '@/lib/actions/action-state';
import { publicAction } from '@/lib/actions/safe-action';
import { signIn } from '@/lib/auth/auth';
import type { DomainErrorShape } from '@/lib/errors/domain-error';
import { completeSetup } from '@/lib/services/setup/complete-setup';
import { setupTokenFile } from '@/lib/services/setup/setup-token';
import { setupSchema } from '@/lib/validations/setup';

/** The setup form's answer: on a refusal also what was typed, except the token and the passwords. */
export type SetupFormState = ActionState & { values?: Record<string, string> };

const SECRET_FIELDS = new Set(['token', 'password', 'passwordConfirm']);

/**
 * The first owner and the shop's basics (/setup). Public: the one-time setup token printed in
 * the server log is the authorisation, and the service checks it; once an owner exists this is a
 * 404 like the page. On success the owner is signed in and lands on the dashboard.
 */
export const completeSetupAction = publicAction(
  {
    schema: setupSchema,
    keepValues: true,
    form: (formData) => {
      const input = formObject(formData);
      return { input, values: Object.fromEntries(Object.entries(input).filter(([key]) => !SECRET_FIELDS.has(key))) };
    },
  },
  async (input): Promise<SetupFormState | DomainErrorShape> => {
    if (await ownerExists()) notFound();
    const done = await completeSetup(input, { now: new Date(), tokenFile: setupTokenFile() });
    if (!done.ok) return done.error;
    await signIn('credentials', { email: input.email, password: input.password, redirectTo: '/dashboard' });
    return {};
  },
);
