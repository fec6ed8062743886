'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { publicAction } from '@/lib/actions/safe-action';
import { baseUrl } from '@/lib/http/base-url';
import { tooManyAttempts } from '@/lib/rate-limit/limit-answers';
import { limitPayLink } from '@/lib/rate-limit/request-limits';
import { openPayLink } from '@/lib/services/payments/open-pay-link';
import { startInvoicePayment } from '@/lib/services/payments/start-invoice-payment';
import { PAYMENT_METHODS } from '@/lib/validations/cart';

const schema = z.object({
  token: z.string().min(1, { error: 'pay_link_incomplete' }),
  method: z.enum(PAYMENT_METHODS, { error: 'choose_payment_method' }),
  // The "use for future payments" box: unticked (absent) keeps the customer's autopay method.
  saveMethod: z.literal('yes').optional(),
});

/**
 * "Pay now" on the page an e-mailed pay link opens. The signed token is the authorisation: it
 * names one invoice, and the only thing it allows is paying that invoice for its own customer,
 * while the link is young enough and the invoice open.
 */
export const payByLinkAction = publicAction({ schema, invalid: 'first' }, async ({ token, method, saveMethod }) => {
  const limited = await limitPayLink(await headers());
  if (!limited.ok) return tooManyAttempts(limited.retryAfterSeconds);
  const opened = await openPayLink(token, new Date());
  if (opened.kind === 'invalid') return { error: 'pay_link_invalid' };
  if (opened.kind === 'expired') return { error: 'pay_link_expired' };
  if (opened.kind !== 'payable') return { error: 'invoice_nothing_to_pay' };
  const { invoice } = opened;
  const started = await startInvoicePayment({
    invoiceId: invoice.id,
    customerId: invoice.customerId,
    method,
    saveMethod: saveMethod === 'yes',
    baseUrl: await baseUrl(),
    returnPath: `/pay/${token}/return`,
  });
  if (!started.ok) return started.error;
  redirect(started.value.redirectUrl);
});
