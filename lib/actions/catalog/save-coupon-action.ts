'use server';

import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { formObject } from '@/lib/actions/action-state';
import { merchantAction } from '@/lib/actions/safe-action';
import { manageCode } from '@/lib/i18n/manage-messages';
import { saveCoupon } from '@/lib/services/catalog/save-coupon';
import { couponFormInput, editCouponSchema, newCouponSchema, type EditCouponInput, type NewCouponInput } from '@/lib/validations/coupons';
import type { CatalogFormState } from './save-plan-action';

/**
 * Merchant staff only: saves a coupon (an `id` in the form edits that coupon; its code stays).
 * Refused as a whole, with the message beside the field it is about; a new coupon opens its page.
 */
export const saveCouponAction = merchantAction(
  {
    to: 'change the catalog',
    permission: 'catalog:write',
    schema: (values): z.ZodType<EditCouponInput | NewCouponInput> => (values.id !== undefined ? editCouponSchema : newCouponSchema),
    form: (formData) => couponFormInput(formData, formObject(formData)),
    keepValues: true,
    revalidate: (input) => ['/dashboard/catalog', ...('id' in input ? [`/dashboard/catalog/coupons/${input.id}`] : [])],
  },
  async (input, { viewer }): Promise<CatalogFormState> => {
    const saved = await saveCoupon(input, { staffUserId: viewer.userId });
    if (!saved.ok) return { error: saved.error.message, fieldErrors: saved.error.fieldErrors };
    if (saved.value.created) redirect(`/dashboard/catalog/coupons/${saved.value.id}`);
    return { notice: manageCode('couponSaved') };
  },
);
