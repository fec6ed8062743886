'use server';

import { merchantAction } from '@/lib/actions/safe-action';
import { manageCode } from '@/lib/i18n/manage-messages';
import { saveMessageOverride } from '@/lib/services/texts/save-message-override';
import { messageOverrideSchema } from '@/lib/validations/message-override';

/** Staff with settings:write reword one text of an e-mail or the thank-you page in one language. */
export const saveMessageOverrideAction = merchantAction(
  { to: 'change the e-mail texts', permission: 'settings:write', schema: messageOverrideSchema, keepValues: true, revalidate: ['/dashboard/texts', '/dashboard/texts/[target]'] },
  async (input, { viewer }) => {
    const saved = await saveMessageOverride({ ...input, staffUserId: viewer.userId });
    if (saved.isDefault) return { notice: manageCode('textIsDefault') };
    return { notice: saved.changed ? manageCode('textSaved') : manageCode('nothingChanged') };
  },
);
