'use server';

import { notFound, redirect } from 'next/navigation';
import { customerAction } from '@/lib/actions/safe-action';
import { methodError } from './method-error';
import { removePaymentMethod } from '@/lib/services/payment-methods/remove-payment-method';
import { removePaymentMethodSchema } from '@/lib/validations/payment-methods';

/** Removes one of the customer's own methods (see removePaymentMethod for the last one); another's id is a 404. */
export const removePaymentMethodAction = customerAction(
  { to: 'remove a payment method', schema: removePaymentMethodSchema, invalid: 'first', revalidate: ['/account/payment-methods'] },
  async (input, { viewer }) => {
    const result = await removePaymentMethod({ customerId: viewer.customerId, ...input });
    if (!result.ok) {
      if (result.error.code === 'not_found') notFound();
      return methodError(viewer.customerId, result.error);
    }
    redirect(`/account/payment-methods?done=${result.value.autopay === 'off' && input.switchToInvoice ? 'removedToInvoice' : 'removed'}`);
  },
);
