'use server';

import { manageCode } from '@/lib/i18n/manage-messages';
import { merchantAction } from '@/lib/actions/safe-action';
import { saveCustomersCanStop } from '@/lib/services/settings/save-customers-can-stop';
import { customersCanStopSchema } from '@/lib/validations/subscription-stop';

/** Staff with settings:write let customers stop their subscriptions on Min Side, or not. */
export const saveCustomersCanStopAction = merchantAction(
  { to: 'change the shop settings', permission: 'settings:write', schema: customersCanStopSchema, revalidate: ['/dashboard/settings', '/account'] },
  async (input, { viewer }) => {
    const saved = await saveCustomersCanStop({ ...input, staffUserId: viewer.userId });
    if (!saved.changed) return { notice: manageCode('nothingChanged') };
    return { notice: manageCode(input.customersCanStop ? 'canStopOn' : 'canStopOff') };
  },
);
