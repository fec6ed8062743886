'use server';

import { notFound, redirect } from 'next/navigation';
import { customerAction } from '@/lib/actions/safe-action';
import { methodError } from './method-error';
import { baseUrl } from '@/lib/http/base-url';
import { startMethodSetup } from '@/lib/services/payment-methods/start-method-setup';
import { startMethodSetupSchema } from '@/lib/validations/payment-methods';

/** "Add a payment method" on Min Side: off to the provider's hosted setup page, back to the return route. */
export const startMethodSetupAction = customerAction(
  { to: 'add a payment method', schema: startMethodSetupSchema, invalid: 'first' },
  async (input, { viewer }) => {
    const started = await startMethodSetup({ ...input, customerId: viewer.customerId, baseUrl: await baseUrl() });
    if (!started.ok) {
      if (started.error.code === 'not_found') notFound();
      return methodError(viewer.customerId, started.error);
    }
    redirect(started.value.redirectUrl);
  },
);
