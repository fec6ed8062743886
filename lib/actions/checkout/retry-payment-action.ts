'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formObject, type ActionState } from '@/lib/actions/action-state';
import { getViewer } from '@/lib/auth/viewer';
import { baseUrl } from '@/lib/http/base-url';
import { startOrderPayment } from '@/lib/services/checkout/start-order-payment';

const schema = z.object({ orderId: z.uuid({ error: 'That order does not exist.' }) });

export async function retryPaymentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer?.customerId) return { error: 'Your session ended. Sign in again to pay.' };
  const parsed = schema.safeParse(formObject(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]!.message };
  const started = await startOrderPayment({
    orderId: parsed.data.orderId,
    customerId: viewer.customerId,
    baseUrl: await baseUrl(),
    now: new Date(),
  });
  if (!started.ok) return { error: started.error };
  redirect(started.value.kind === 'redirect' ? started.value.url : `/checkout/thank-you/${started.value.orderId}`);
}
