'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formObject, type ActionState } from '@/lib/actions/action-state';
import { getViewer } from '@/lib/auth/viewer';
import { baseUrl } from '@/lib/http/base-url';
import { startInvoicePayment } from '@/lib/services/payments/start-invoice-payment';
import { PAYMENT_METHODS } from '@/lib/validations/cart';

const schema = z.object({
  invoiceId: z.uuid({ error: 'That invoice does not exist.' }),
  method: z.enum(PAYMENT_METHODS, { error: 'Choose how you want to pay.' }),
});

/** "Pay now" on an open invoice in Min Side: off to the provider, back to the invoice. */
export async function payInvoiceAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer?.customerId) return { error: 'Your session ended. Sign in again to pay.' };
  const parsed = schema.safeParse(formObject(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]!.message };
  const started = await startInvoicePayment({ ...parsed.data, customerId: viewer.customerId, baseUrl: await baseUrl() });
  if (!started.ok) return { error: started.error };
  redirect(started.value.redirectUrl);
}
