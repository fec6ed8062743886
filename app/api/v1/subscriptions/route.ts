import { getApiCustomer } from '@/db/queries/api/customer-reads';
import { listApiSubscriptions } from '@/db/queries/api/subscription-reads';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { notFound } from '@/lib/api/api-error';
import { apiHandler } from '@/lib/api/api-handler';
import { listBody, pageRequest } from '@/lib/api/list-page';
import { createSubscription, listSubscriptions } from '@/lib/api/operations/subscriptions';
import { presentSubscription } from '@/lib/api/present';
import { serviceRefusal } from '@/lib/api/service-refusal';
import { startMerchantSubscription } from '@/lib/services/subscriptions/start-merchant-subscription';

export const GET = apiHandler(listSubscriptions, async ({ query }) => {
  const page = await listApiSubscriptions(REAL_TIME, pageRequest('subscriptions', query), { status: query.status, customerId: query.customer });
  return { body: listBody('subscriptions', page, presentSubscription) };
});

/** Starts a plan for a customer through the checkout's own pricing and fulfilment (startMerchantSubscription). */
export const POST = apiHandler(createSubscription, async ({ body, now }) => {
  // A simulated (test clock) customer is not one the API knows.
  if (!(await getApiCustomer(REAL_TIME, body.customer))) throw notFound('customer', 'customer');
  const started = await startMerchantSubscription({
    customerId: body.customer,
    planId: body.plan,
    quantity: body.quantity,
    couponCode: body.coupon ?? null,
    collection: body.collection,
    shippingMethodId: body.shipping_method ?? null,
    now,
  });
  if (!started.ok) throw serviceRefusal(started.error, { what: started.error.field ?? 'subscription', unprocessable: ['coupon_refused', 'not_sold', 'no_payment_method', 'shipping_method_required', 'shipping_method_unknown', 'shipping_not_needed'] });
  return { body: presentSubscription(started.value.subscription) };
});
