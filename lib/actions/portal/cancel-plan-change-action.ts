'use server';

import { customerAction } from '@/lib/actions/safe-action';
import { cancelScheduledPlanChange } from '@/lib/services/subscriptions/cancel-scheduled-plan-change';
import { cancelPlanChangeSchema } from '@/lib/validations/plan-change';
import { planChangeRefused, planChangeWords } from './plan-change-answer';

/** Withdraws the change scheduled for a subscription's next renewal; another's id is a 404. */
export const cancelPlanChangeAction = customerAction(
  { to: 'change a subscription', schema: cancelPlanChangeSchema, invalid: 'first', revalidate: ['/account', '/account/subscriptions/[id]/plan'] },
  async (input, { viewer }) => {
    const result = await cancelScheduledPlanChange({ customerId: viewer.customerId, ...input, now: new Date() });
    if (!result.ok) return planChangeRefused(viewer.customerId, result.error);
    const { t } = await planChangeWords(viewer.customerId);
    return { notice: t('canceledDone') };
  },
);
