'use server';

import { manageText } from '@/lib/actions/request-locale';
import { merchantAction } from '@/lib/actions/safe-action';
import { formatMoney } from '@/lib/billing/money';
import { addOneOffCharge } from '@/lib/services/subscriptions/add-one-off-charge';
import { oneOffChargeSchema } from '@/lib/validations/subscription-by-hand';

/** Staff who may change subscriptions invoice a one-off charge on its own invoice (audited, once per form). */
export const addOneOffChargeAction = merchantAction(
  {
    to: 'change subscriptions',
    permission: 'subscriptions:write',
    schema: oneOffChargeSchema,
    revalidate: ['/dashboard/customers/[id]', '/dashboard/invoices', '/account'],
  },
  async (input, { viewer }) => {
    const result = await addOneOffCharge({ ...input, staffUserId: viewer.userId, now: new Date() });
    if (!result.ok) return result.error;
    const done = result.value;
    const values = { amount: formatMoney(done.totalMinor, done.currency), invoice: done.invoiceNumber ?? '' };
    return { notice: await manageText(done.replayed ? 'chargeReplayed' : 'chargeInvoiced', values) };
  },
);
