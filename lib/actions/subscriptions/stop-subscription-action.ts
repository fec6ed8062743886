'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formObject, type ActionState } from '@/lib/actions/action-state';
import { getViewer, isMerchant } from '@/lib/auth/viewer';
import { formatMoney } from '@/lib/billing/money';
import { stopSubscriptionNow } from '@/lib/services/subscriptions/stop-subscription-now';

const schema = z.object({ subscriptionId: z.uuid({ error: 'That subscription does not exist.' }), currency: z.string().length(3) });

/** Merchant staff only: stop a subscription now, crediting what was paid and not used. */
export async function stopSubscriptionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer || !isMerchant(viewer)) return { error: 'Only the shop’s staff can stop subscriptions. Sign in again.' };
  const parsed = schema.safeParse(formObject(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]!.message };
  const stopped = await stopSubscriptionNow({ subscriptionId: parsed.data.subscriptionId, staffUserId: viewer.userId, now: new Date() });
  if (!stopped.ok) return { error: stopped.error };
  revalidatePath('/dashboard/subscribers');
  const credited = stopped.value.creditedMinor;
  return { notice: credited > 0 ? `Stopped; ${formatMoney(credited, parsed.data.currency)} credited to the customer’s balance.` : 'Stopped.' };
}
