'use server';

import { merchantAction } from '@/lib/actions/safe-action';
import { saveMessageOverride } from '@/lib/services/texts/save-message-override';
import { messageOverrideSchema } from '@/lib/validations/message-override';

/** Staff with settings:write reword one text of an e-mail or the thank-you page in one language. */
export const saveMessageOverrideAction = merchantAction(
  { to: 'change the e-mail texts', permission: 'settings:write', schema: messageOverrideSchema, keepValues: true, revalidate: ['/dashboard/texts', '/dashboard/texts/[target]'] },
  async (input, { viewer }) => {
    const saved = await saveMessageOverride({ ...input, staffUserId: viewer.userId });
    if (saved.isDefault) return { notice: 'This is the default text: the text follows the default again.' };
    return { notice: saved.changed ? 'Saved. The next e-mail in this language uses it.' : 'Nothing changed.' };
  },
);
