'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/db/client';
import { formObject, type ActionState } from '@/lib/actions/action-state';
import { baseUrl } from '@/lib/http/base-url';
import { applyTestProviderEvent, deliverTestWebhook } from '@/lib/payments/test-provider-events';

const schema = z.object({
  id: z.string().regex(/^tp_[0-9a-f]{24}$/, { error: 'That is not a test payment.' }),
  event: z.enum(['settle', 'fail', 'charge-back'], { error: 'Unknown event.' }),
});

/**
 * The test provider's dashboard: settle, fail or charge back a payment, then tell the shop by
 * webhook, as Mollie or Stripe would. The sandbox is open to anyone who can reach it, like a
 * provider's test mode; it moves no money.
 */
export async function testProviderEventAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = schema.safeParse(formObject(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]!.message };
  const changed = await applyTestProviderEvent(db, parsed.data.id, parsed.data.event);
  if (!changed) return { error: `Payment ${parsed.data.id} cannot ${parsed.data.event} in its current state.` };
  const delivered = await deliverTestWebhook(await baseUrl(), parsed.data.id);
  revalidatePath('/test-provider/payments');
  if (delivered.status !== 200) return { error: `The shop answered the webhook with ${delivered.status}: ${delivered.body}` };
  return { notice: `Done: ${parsed.data.event}, and the shop was notified.` };
}
