'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { customerAction } from '@/lib/actions/safe-action';
import { baseUrl } from '@/lib/http/base-url';
import { startOrderPayment } from '@/lib/services/checkout/start-order-payment';

const schema = z.object({ orderId: z.uuid({ error: 'order_unknown' }) });

export const retryPaymentAction = customerAction({ to: 'pay', schema, invalid: 'first', flash: 'retry-payment' }, async ({ orderId }, { viewer }) => {
  const started = await startOrderPayment({
    orderId,
    customerId: viewer.customerId,
    baseUrl: await baseUrl(),
    now: new Date(),
  });
  if (!started.ok) return started.error;
  redirect(started.value.kind === 'redirect' ? started.value.url : `/checkout/thank-you/${started.value.orderId}`);
});
