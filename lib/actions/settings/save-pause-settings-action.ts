'use server';

import { manageCode } from '@/lib/i18n/manage-messages';
import { merchantAction } from '@/lib/actions/safe-action';
import { savePauseSettings } from '@/lib/services/settings/save-pause-settings';
import { pauseSettingsSchema } from '@/lib/validations/subscription-pause';

/** Staff with settings:write set the self-service pause and the retention coupon. */
export const savePauseSettingsAction = merchantAction(
  { to: 'change the shop settings', permission: 'settings:write', schema: pauseSettingsSchema, revalidate: ['/dashboard/settings', '/account'] },
  async (input, { viewer }) => {
    const saved = await savePauseSettings({ ...input, staffUserId: viewer.userId });
    if (!saved.ok) return saved.error;
    return { notice: manageCode(saved.value.changed ? 'saved' : 'nothingChanged') };
  },
);
