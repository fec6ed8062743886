'use server';

import { notFound, redirect } from 'next/navigation';
import { customerAction } from '@/lib/actions/safe-action';
import { methodError } from './method-error';
import { payInvoiceWithSavedMethod } from '@/lib/services/payment-methods/pay-invoice-with-saved-method';
import { payInvoiceWithSavedMethodSchema } from '@/lib/validations/payment-methods';

/** The customer confirms the amount shown: the open invoice is charged on the method autopay now uses. */
export const payInvoiceWithSavedMethodAction = customerAction(
  { to: 'pay the invoice', schema: payInvoiceWithSavedMethodSchema, invalid: 'first', revalidate: ['/account/payment-methods', '/account'] },
  async (input, { viewer }) => {
    const result = await payInvoiceWithSavedMethod({ customerId: viewer.customerId, ...input, now: new Date() });
    if (!result.ok) {
      if (result.error.code === 'not_found') notFound();
      return methodError(viewer.customerId, result.error);
    }
    // NOTE: only the status travels in the URL; the page reads the reason back itself, so a
    // crafted link cannot put words on the page.
    redirect(`/account/payment-methods?paid=${result.value.status}`);
  },
);
