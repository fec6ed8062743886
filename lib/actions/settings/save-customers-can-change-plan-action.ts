'use server';

import { manageCode } from '@/lib/i18n/manage-messages';
import { merchantAction } from '@/lib/actions/safe-action';
import { saveShopSwitch } from '@/lib/services/settings/save-shop-switch';
import { customersCanChangePlanSchema } from '@/lib/validations/plan-change';

/** Staff with settings:write let customers change plan, interval or quantity on Min Side, or not. */
export const saveCustomersCanChangePlanAction = merchantAction(
  { to: 'change the shop settings', permission: 'settings:write', schema: customersCanChangePlanSchema, revalidate: ['/dashboard/settings', '/account'] },
  async (input, { viewer }) => {
    const saved = await saveShopSwitch({ key: 'customersCanChangePlan', value: input.customersCanChangePlan, staffUserId: viewer.userId });
    if (!saved.changed) return { notice: manageCode('nothingChanged') };
    return {
      notice: manageCode(input.customersCanChangePlan ? 'canChangePlanOn' : 'canChangePlanOff'),
    };
  },
);
