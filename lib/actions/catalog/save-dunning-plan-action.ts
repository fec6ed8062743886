'use server';

import { redirect } from 'next/navigation';
import { formObject } from '@/lib/actions/action-state';
import { merchantAction } from '@/lib/actions/safe-action';
import { manageCode } from '@/lib/i18n/manage-messages';
import { saveDunningPlan } from '@/lib/services/catalog/save-dunning-plan';
import { dunningPlanFormInput, dunningPlanSchema } from '@/lib/validations/catalog';
import type { CatalogFormState } from './save-plan-action';

/**
 * Merchant staff only: saves a reminder process and its steps (an `id` in the form edits that
 * process). Blank step rows are ignored; the others are the steps, in the order of the form.
 */
export const saveDunningPlanAction = merchantAction(
  {
    to: 'change the catalog',
    permission: 'catalog:write',
    schema: dunningPlanSchema,
    form: (formData) => {
      const { candidate, values } = dunningPlanFormInput(formObject(formData));
      return { input: candidate, values };
    },
    keepValues: true,
    revalidate: (input) => ['/dashboard/catalog', ...(input.id ? [`/dashboard/catalog/dunning/${input.id}`] : [])],
  },
  async (input, { viewer }): Promise<CatalogFormState> => {
    const saved = await saveDunningPlan(input, { staffUserId: viewer.userId });
    if (!saved.ok) return { error: saved.error.message, fieldErrors: saved.error.fieldErrors };
    if (saved.value.created) redirect(`/dashboard/catalog/dunning/${saved.value.id}`);
    return { notice: manageCode('reminderProcessSaved') };
  },
);
