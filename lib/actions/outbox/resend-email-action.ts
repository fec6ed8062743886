'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { merchantAction } from '@/lib/actions/safe-action';
import { resendOutboxEmail } from '@/lib/services/email/resend-outbox-email';

/** Staff who may resend e-mails: sends an outbox message again and opens the copy. */
export const resendEmailAction = merchantAction(
  {
    to: 'send e-mails again',
    permission: 'emails:resend',
    schema: z.object({ emailId: z.guid({ error: 'That e-mail does not exist.' }) }),
    invalid: 'first',
    revalidate: ['/dashboard/outbox'],
  },
  async ({ emailId }, { viewer }) => {
    const resent = await resendOutboxEmail({ emailId, staffUserId: viewer.userId, now: new Date() });
    if (!resent.ok) return { error: resent.error };
    if (resent.value.error) return { error: `The copy was not delivered: ${resent.value.error}` };
    redirect(`/dashboard/outbox/${resent.value.id}?resent=1`);
  },
);
