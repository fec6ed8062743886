import { getApiSubscription } from '@/db/queries/api/subscription-reads';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { apiHandler } from '@/lib/api/api-handler';
import { found, pathId } from '@/lib/api/found';
import { getSubscription } from '@/lib/api/operations/subscriptions';
import { presentSubscription } from '@/lib/api/present';

export const GET = apiHandler(getSubscription, async ({ params }) => ({
  body: presentSubscription(found(await getApiSubscription(REAL_TIME, pathId(params.id, 'subscription')), 'subscription')),
}));
