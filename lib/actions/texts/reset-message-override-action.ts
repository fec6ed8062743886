'use server';

import { merchantAction } from '@/lib/actions/safe-action';
import { manageCode } from '@/lib/i18n/manage-messages';
import { resetMessageOverride } from '@/lib/services/texts/save-message-override';
import { resetMessageOverrideSchema } from '@/lib/validations/message-override';

/** "Reset to default": staff with settings:write remove their wording of one text. */
export const resetMessageOverrideAction = merchantAction(
  { to: 'change the e-mail texts', permission: 'settings:write', schema: resetMessageOverrideSchema, revalidate: ['/dashboard/texts', '/dashboard/texts/[target]'] },
  async (input, { viewer }) => {
    const reset = await resetMessageOverride({ ...input, staffUserId: viewer.userId });
    return { notice: reset.changed ? manageCode('textReset') : manageCode('textWasDefault') };
  },
);
