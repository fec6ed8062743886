'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { fieldErrorsOf, formObject, type ActionState } from '@/lib/actions/action-state';
import { getViewer, isMerchant } from '@/lib/auth/viewer';
import { savePlan } from '@/lib/services/catalog/save-plan';
import { editPlanSchema, newPlanSchema } from '@/lib/validations/catalog';

/** A catalog form's answer: on a refusal, also what was typed, so the form shows it again. */
export type CatalogFormState = ActionState & { values?: Record<string, string> };

/**
 * Merchant staff only: saves a plan (an `id` in the form edits that plan; without one, a new
 * plan of `productId`). Refused as a whole, with the billing core's message beside the field it
 * is about; a new plan opens its own page.
 */
export async function savePlanAction(_prev: CatalogFormState, formData: FormData): Promise<CatalogFormState> {
  const viewer = await getViewer();
  if (!isMerchant(viewer)) return { error: 'Only the shop’s staff can change the catalog. Sign in again.' };
  const values = formObject(formData);
  const parsed = (values.id !== undefined ? editPlanSchema : newPlanSchema).safeParse(values);
  if (!parsed.success) return { ...fieldErrorsOf(parsed.error), values };

  const saved = await savePlan(parsed.data);
  if (!saved.ok) return { error: saved.error.message, fieldErrors: saved.error.fieldErrors, values };
  revalidatePath('/dashboard/catalog');
  if (saved.value.created) redirect(`/dashboard/catalog/plans/${saved.value.id}`);
  revalidatePath(`/dashboard/catalog/plans/${saved.value.id}`);
  return { notice: 'Plan saved.' };
}
