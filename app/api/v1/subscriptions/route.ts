import { listApiSubscriptions } from '@/db/queries/api/subscription-reads';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { apiHandler } from '@/lib/api/api-handler';
import { listBody, pageRequest } from '@/lib/api/list-page';
import { listSubscriptions } from '@/lib/api/operations/subscriptions';
import { presentSubscription } from '@/lib/api/present';

export const GET = apiHandler(listSubscriptions, async ({ query }) => {
  const page = await listApiSubscriptions(REAL_TIME, pageRequest('subscriptions', query), { status: query.status, customerId: query.customer });
  return { body: listBody('subscriptions', page, presentSubscription) };
});
