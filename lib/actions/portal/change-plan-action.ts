'use server';

import { customerAction } from '@/lib/actions/safe-action';
import { changePlan } from '@/lib/services/subscriptions/change-plan';
import { changePlanSchema } from '@/lib/validations/plan-change';
import { planChangeRefused, planChangeWords } from './plan-change-answer';

/** Changes a subscription to the plan and quantity previewed, for the amount shown; another's id is a 404. */
export const changePlanAction = customerAction(
  { to: 'change a subscription', schema: changePlanSchema, revalidate: ['/account', '/account/subscriptions/[id]/plan'] },
  async (input, { viewer }) => {
    const result = await changePlan({ customerId: viewer.customerId, ...input, now: new Date() });
    if (!result.ok) return planChangeRefused(viewer.customerId, result.error);
    const { t, f } = await planChangeWords(viewer.customerId);
    const done = result.value;
    const values = { plan: done.planName, quantity: String(done.quantity) };
    if (done.timing === 'renewal') return { notice: t('scheduledDone', { ...values, date: f.date(done.effectiveAt.toISOString()) }) };
    const amount = done.invoice ? f.money(done.invoice.totalMinor, done.invoice.currency) : '';
    return { notice: t('applied', { ...values, has_amount: done.invoice ? 'yes' : 'no', amount }) };
  },
);
