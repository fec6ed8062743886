'use server';

import { manageText, requestLocale } from '@/lib/actions/request-locale';
import { bankNoteText } from '@/lib/i18n/bank-note-text';
import { manageCode } from '@/lib/i18n/manage-messages';
import { z } from 'zod';
import { merchantAction } from '@/lib/actions/safe-action';
import { formatMoney } from '@/lib/billing/money';
import { stopSubscriptionNow } from '@/lib/services/subscriptions/stop-subscription-now';

const schema = z.object({ subscriptionId: z.uuid({ error: manageCode('subscriptionMissing') }), currency: z.string().length(3) });

/** Merchant staff only: stop a subscription now, crediting what was paid and not used. */
export const stopSubscriptionAction = merchantAction(
  { to: 'stop subscriptions', permission: 'subscriptions:write', schema, invalid: 'first', revalidate: ['/dashboard/subscribers'] },
  async ({ subscriptionId, currency }, { viewer }) => {
    const stopped = await stopSubscriptionNow({ subscriptionId, staffUserId: viewer.userId, now: new Date() });
    if (!stopped.ok) return { error: stopped.error };
    const { creditedMinor: credited, runningCreditRefusal: refusal } = stopped.value;
    if (credited > 0) return { notice: await manageText('stoppedCredited', { amount: formatMoney(credited, currency) }) };
    // Nothing back: say why the running term gave nothing (no invoiced term runs now, say).
    return { notice: refusal ? await manageText('stoppedNotCredited', { reason: bankNoteText(await requestLocale(), refusal) }) : manageCode('stopped') };
  },
);
