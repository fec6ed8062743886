'use server';

import { merchantAction } from '@/lib/actions/safe-action';
import { updateSubscriptionByShop } from '@/lib/services/subscriptions/update-subscription-by-shop';
import { subscriptionCollectionSchema } from '@/lib/validations/subscription-by-hand';

/**
 * Staff who may change subscriptions choose how a subscription's invoices are collected: charged
 * to the customer's stored method, or sent as an invoice (the API's PATCH `collection`, audited).
 */
export const setSubscriptionCollectionAction = merchantAction(
  {
    to: 'change subscriptions',
    permission: 'subscriptions:write',
    schema: subscriptionCollectionSchema,
    revalidate: ['/dashboard/subscribers', '/dashboard/customers/[id]'],
  },
  async ({ customerId, subscriptionId, collection }, { viewer }) => {
    const result = await updateSubscriptionByShop({ customerId, subscriptionId, update: { collection }, staffUserId: viewer.userId, now: new Date() });
    if (!result.ok) return result.error;
    return { notice: collection === 'send_invoice' ? 'Saved: its invoices are sent to the customer.' : 'Saved: its invoices are charged to the stored method.' };
  },
);
