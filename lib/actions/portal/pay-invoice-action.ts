'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { customerAction } from '@/lib/actions/safe-action';
import { baseUrl } from '@/lib/http/base-url';
import { startInvoicePayment } from '@/lib/services/payments/start-invoice-payment';
import { PAYMENT_METHODS } from '@/lib/validations/cart';

const schema = z.object({
  invoiceId: z.uuid({ error: 'invoice_not_found' }),
  method: z.enum(PAYMENT_METHODS, { error: 'choose_payment_method' }),
});

/** "Pay now" on an open invoice in Min Side: off to the provider, back to the invoice. */
export const payInvoiceAction = customerAction({ to: 'pay', schema, invalid: 'first' }, async (input, { viewer }) => {
  const started = await startInvoicePayment({
    ...input,
    customerId: viewer.customerId,
    baseUrl: await baseUrl(),
  });
  if (!started.ok) return started.error;
  redirect(started.value.redirectUrl);
});
