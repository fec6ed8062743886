'use server';

import { redirect } from 'next/navigation';
import type { ActionState } from '@/lib/actions/action-state';
import { merchantAction } from '@/lib/actions/safe-action';
import { manageCode } from '@/lib/i18n/manage-messages';
import { savePlan } from '@/lib/services/catalog/save-plan';
import type { z } from 'zod';
import { editPlanSchema, newPlanSchema, type EditPlanInput, type NewPlanInput } from '@/lib/validations/catalog';

/** A catalog form's answer: on a refusal, also what was typed, so the form shows it again. */
export type CatalogFormState = ActionState & { values?: Record<string, string> };

/**
 * Merchant staff only: saves a plan (an `id` in the form edits that plan; without one, a new
 * plan of `productId`). Refused as a whole, with the billing core's message beside the field it
 * is about; a new plan opens its own page.
 */
export const savePlanAction = merchantAction(
  {
    to: 'change the catalog',
    permission: 'catalog:write',
    schema: (values): z.ZodType<EditPlanInput | NewPlanInput> => (values.id !== undefined ? editPlanSchema : newPlanSchema),
    keepValues: true,
    revalidate: (input) => ['/dashboard/catalog', ...('id' in input ? [`/dashboard/catalog/plans/${input.id}`] : [])],
  },
  async (input, { viewer }): Promise<CatalogFormState> => {
    const saved = await savePlan(input, { staffUserId: viewer.userId });
    if (!saved.ok) return { error: saved.error.message, fieldErrors: saved.error.fieldErrors };
    if (saved.value.created) redirect(`/dashboard/catalog/plans/${saved.value.id}`);
    return { notice: manageCode('planSaved') };
  },
);
