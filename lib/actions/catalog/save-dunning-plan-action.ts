'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { fieldErrorsOf, formObject } from '@/lib/actions/action-state';
import { getViewer, isMerchant } from '@/lib/auth/viewer';
import { saveDunningPlan } from '@/lib/services/catalog/save-dunning-plan';
import { dunningPlanFormInput, dunningPlanSchema } from '@/lib/validations/catalog';
import type { CatalogFormState } from './save-plan-action';

/**
 * Merchant staff only: saves a reminder process and its steps (an `id` in the form edits that
 * process). Blank step rows are ignored; the others are the steps, in the order of the form.
 */
export async function saveDunningPlanAction(_prev: CatalogFormState, formData: FormData): Promise<CatalogFormState> {
  const viewer = await getViewer();
  if (!isMerchant(viewer)) return { error: 'Only the shop’s staff can change the catalog. Sign in again.' };
  const { candidate, values } = dunningPlanFormInput(formObject(formData));
  const parsed = dunningPlanSchema.safeParse(candidate);
  if (!parsed.success) return { ...fieldErrorsOf(parsed.error), values };

  const saved = await saveDunningPlan(parsed.data);
  if (!saved.ok) return { error: saved.error.message, fieldErrors: saved.error.fieldErrors, values };
  revalidatePath('/dashboard/catalog');
  if (saved.value.created) redirect(`/dashboard/catalog/dunning/${saved.value.id}`);
  revalidatePath(`/dashboard/catalog/dunning/${saved.value.id}`);
  return { notice: 'Reminder process saved.' };
}
