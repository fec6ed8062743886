'use server';

import { manageText } from '@/lib/actions/request-locale';
import { merchantAction } from '@/lib/actions/safe-action';
import { formatMoney } from '@/lib/billing/money';
import { changePlan } from '@/lib/services/subscriptions/change-plan';
import { staffChangePlanSchema } from '@/lib/validations/plan-change';

/** Staff change a customer's subscription to the plan and quantity previewed, for the amount shown. Audited. */
export const staffChangePlanAction = merchantAction(
  {
    to: 'change subscriptions',
    permission: 'subscriptions:write',
    schema: staffChangePlanSchema,
    revalidate: ['/dashboard/subscribers', '/dashboard/customers/[id]', '/account'],
  },
  async (input, { viewer }) => {
    const result = await changePlan({ ...input, now: new Date(), staffUserId: viewer.userId });
    if (!result.ok) return { error: result.error.message };
    const done = result.value;
    const changed = { quantity: done.quantity, plan: done.planName };
    if (done.timing === 'renewal') return { notice: await manageText('changedFrom', { ...changed, start: done.effectiveAt.toISOString().slice(0, 10) }) };
    return { notice: await manageText(done.invoice ? 'changedNowInvoiced' : 'changedNow', { ...changed, amount: done.invoice ? formatMoney(done.invoice.totalMinor, done.invoice.currency) : '' }) };
  },
);
