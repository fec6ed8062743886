'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formObject, type ActionState } from '@/lib/actions/action-state';
import { getViewer, isMerchant } from '@/lib/auth/viewer';
import { markAbandonedNotPaid, markAbandonedPaid } from '@/lib/services/payments/abandoned-payments';

const abandonedFormSchema = z.object({ paymentId: z.uuid({ error: 'That payment does not exist.' }) });

function refresh() {
  revalidatePath('/dashboard/payments/abandoned');
  revalidatePath('/dashboard/payments');
}

/** Merchant staff only: an abandoned checkout was paid after all; the order is fulfilled. */
export async function markAbandonedPaidAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer || !isMerchant(viewer)) return { error: 'Only the shop’s staff can settle payments. Sign in again.' };
  const parsed = abandonedFormSchema.safeParse(formObject(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]!.message };
  const result = await markAbandonedPaid({ paymentId: parsed.data.paymentId, staffUserId: viewer.userId, now: new Date() });
  if (!result.ok) return { error: result.error };
  refresh();
  return { notice: 'Marked paid: the order is fulfilled and the customer has been e-mailed.' };
}

/** Merchant staff only: an abandoned checkout will not be paid; its order is canceled. */
export async function markAbandonedNotPaidAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer || !isMerchant(viewer)) return { error: 'Only the shop’s staff can settle payments. Sign in again.' };
  const parsed = abandonedFormSchema.safeParse(formObject(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]!.message };
  const result = await markAbandonedNotPaid({ paymentId: parsed.data.paymentId, staffUserId: viewer.userId, now: new Date() });
  if (!result.ok) return { error: result.error };
  refresh();
  return { notice: result.value.invoiceVoided ? 'Marked not paid: the order’s invoice is voided.' : 'Marked not paid: the order is canceled.' };
}
