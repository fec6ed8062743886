'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getPayLinkInvoice } from '@/db/queries/payments/get-pay-link-invoice';
import { publicAction } from '@/lib/actions/safe-action';
import { baseUrl } from '@/lib/http/base-url';
import { tooManyAttempts } from '@/lib/rate-limit/limit-answers';
import { limitPayLink } from '@/lib/rate-limit/request-limits';
import { verifyPayLinkToken } from '@/lib/services/payments/pay-link';
import { startInvoicePayment } from '@/lib/services/payments/start-invoice-payment';
import { PAYMENT_METHODS } from '@/lib/validations/cart';

const schema = z.object({
  token: z.string().min(1, { error: 'This pay link is incomplete.' }),
  method: z.enum(PAYMENT_METHODS, { error: 'Choose how you want to pay.' }),
});

/**
 * "Pay now" on the page an e-mailed pay link opens. The signed token is the authorisation: it
 * names one invoice, and the only thing it allows is paying that invoice for its own customer.
 */
export const payByLinkAction = publicAction({ schema, invalid: 'first' }, async ({ token, method }) => {
  const limited = await limitPayLink(await headers());
  if (!limited.ok) return tooManyAttempts(limited.retryAfterSeconds);
  const invoiceId = verifyPayLinkToken(token);
  if (!invoiceId) return { error: 'This pay link is not valid. Use the link in your latest e-mail, or sign in to Min Side.' };
  const invoice = await getPayLinkInvoice(invoiceId);
  if (!invoice) return { error: 'That invoice does not exist.' };
  const started = await startInvoicePayment({
    invoiceId,
    customerId: invoice.customerId,
    method,
    baseUrl: await baseUrl(),
    returnPath: `/pay/${token}/return`,
  });
  if (!started.ok) return { error: started.error };
  redirect(started.value.redirectUrl);
});
