'use server';

import type { TemplateName } from '@/emails/registry';
import { merchantAction } from '@/lib/actions/safe-action';
import { manageCode, manageMessage } from '@/lib/i18n/manage-messages';
import { sendTestEmail } from '@/lib/services/texts/send-test-email';
import { sendTestEmailSchema } from '@/lib/validations/message-override';

/** Queues a test of an e-mail, with the saved texts and sample data, to the staff member's own address. */
export const sendTestEmailAction = merchantAction(
  { to: 'send a test e-mail', permission: 'settings:write', schema: sendTestEmailSchema, revalidate: ['/dashboard/outbox'] },
  async (input, { viewer }) => {
    if (!viewer.email) return { error: manageCode('testNoAddress') };
    await sendTestEmail({ template: input.target as TemplateName, locale: input.locale, to: viewer.email });
    return { notice: manageMessage('testQueued', { email: viewer.email }) };
  },
);
