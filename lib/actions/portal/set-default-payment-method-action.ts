'use server';

import { notFound, redirect } from 'next/navigation';
import { customerAction } from '@/lib/actions/safe-action';
import { methodError } from './method-error';
import { setDefaultPaymentMethod } from '@/lib/services/payment-methods/set-default-payment-method';
import { paymentMethodIdSchema } from '@/lib/validations/payment-methods';

/** "Use for automatic payments" on one of the customer's own methods; another's id is a 404. */
export const setDefaultPaymentMethodAction = customerAction(
  { to: 'change your payment method', schema: paymentMethodIdSchema, invalid: 'first', revalidate: ['/account/payment-methods'] },
  async (input, { viewer }) => {
    const result = await setDefaultPaymentMethod({ customerId: viewer.customerId, methodId: input.methodId });
    if (!result.ok) {
      if (result.error.code === 'not_found') notFound();
      return methodError(viewer.customerId, result.error);
    }
    redirect('/account/payment-methods?done=default');
  },
);
