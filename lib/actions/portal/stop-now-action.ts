'use server';

import { customerAction } from '@/lib/actions/safe-action';
import { stopNowByCustomer } from '@/lib/services/subscriptions/stop-now-by-customer';
import { stopNowSchema } from '@/lib/validations/subscription-stop';
import { stopNowRefused, stopNowWords } from './stop-now-answer';

/** Stops one of the customer's subscriptions at once, for the amounts previewed; another's id is a 404. */
export const stopNowAction = customerAction(
  { to: 'stop a subscription', schema: stopNowSchema, invalid: 'first', revalidate: ['/account', '/account/credit-notes', '/account/invoices'] },
  async (input, { viewer }) => {
    const result = await stopNowByCustomer({ customerId: viewer.customerId, ...input, now: new Date() });
    if (!result.ok) return stopNowRefused(viewer.customerId, result.error);
    const { t, f } = await stopNowWords(viewer.customerId);
    const done = result.value;
    const credit = f.money(done.creditMinor, done.currency);
    return { notice: done.feeInvoice ? t('doneWithFee', { credit, fee: f.money(done.feeInvoice.totalMinor, done.currency) }) : t('done', { credit }) };
  },
);
