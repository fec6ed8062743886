'use server';

import { manageCode } from '@/lib/i18n/manage-messages';
import { merchantAction } from '@/lib/actions/safe-action';
import { parseFeeAmounts } from '@/lib/billing/parse-fee-amounts';
import { saveStopNowSettings } from '@/lib/services/settings/save-stop-now-settings';
import { stopNowSettingsSchema } from '@/lib/validations/subscription-stop';

/** Staff with settings:write let customers stop at once on Min Side, and set the early-exit fee. */
export const saveStopNowSettingsAction = merchantAction(
  { to: 'change the shop settings', permission: 'settings:write', schema: stopNowSettingsSchema, revalidate: ['/dashboard/settings', '/account'] },
  async (input, { viewer }) => {
    const amounts = parseFeeAmounts(input.earlyExitFeeAmounts);
    if (!amounts.ok) return { error: amounts.error, fieldErrors: { earlyExitFeeAmounts: amounts.error } };
    if (input.earlyExitFee === 'fixed' && Object.keys(amounts.value).length === 0) {
      const message = manageCode('earlyExitFeeRequired');
      return { error: message, fieldErrors: { earlyExitFeeAmounts: message } };
    }
    const saved = await saveStopNowSettings({ ...input, earlyExitFeeAmounts: amounts.value, staffUserId: viewer.userId });
    return { notice: manageCode(saved.changed ? 'saved' : 'nothingChanged') };
  },
);
