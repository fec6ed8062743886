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
    const used = done.creditUse ? done.creditUse.feeMinor + done.creditUse.invoices.reduce((sum, paid) => sum + paid.amountMinor, 0) : 0;
    // The credit paid what the customer owed (the fee first): say so rather than "credited to you".
    if (used > 0) return { notice: t('doneUsed', { credit, used: f.money(used, done.currency), kept: f.money(done.creditUse!.keptMinor, done.currency) }) };
    return { notice: done.feeInvoice ? t('doneWithFee', { credit, fee: f.money(done.feeInvoice.totalMinor, done.currency) }) : t('done', { credit }) };
  },
);
