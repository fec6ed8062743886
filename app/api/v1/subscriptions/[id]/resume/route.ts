import { getApiSubscription } from '@/db/queries/api/subscription-reads';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { apiHandler } from '@/lib/api/api-handler';
import { found, pathId } from '@/lib/api/found';
import { resumeSubscription } from '@/lib/api/operations/subscriptions';
import { presentSubscription } from '@/lib/api/present';
import { serviceRefusal } from '@/lib/api/service-refusal';
import { resumeSubscription as resume } from '@/lib/services/subscriptions/pause/resume-subscription';

/** Ends or calls off a pause through the staff path of the resume service (audited; the customer is e-mailed). */
export const POST = apiHandler(resumeSubscription, async ({ params, caller, now }) => {
  const sub = found(await getApiSubscription(REAL_TIME, pathId(params.id, 'subscription')), 'subscription');
  const resumed = await resume({ subscriptionId: sub.id, actor: { kind: 'staff', staffUserId: caller.ownerUserId }, now });
  if (!resumed.ok) throw serviceRefusal(resumed.error, { what: 'subscription', unprocessable: [] });
  return { body: presentSubscription(found(await getApiSubscription(REAL_TIME, sub.id), 'subscription')) };
});
