import { getApiSubscription } from '@/db/queries/api/subscription-reads';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { apiHandler } from '@/lib/api/api-handler';
import { found, pathId } from '@/lib/api/found';
import { pauseSubscription } from '@/lib/api/operations/subscriptions';
import { presentSubscription } from '@/lib/api/present';
import { serviceRefusal } from '@/lib/api/service-refusal';
import { pauseSubscription as pause } from '@/lib/services/subscriptions/pause/pause-subscription';

/** Pauses through the staff path of the pause service (the merchant is not bound by the self-service switches; audited). */
export const POST = apiHandler(pauseSubscription, async ({ params, body, caller, now }) => {
  const sub = found(await getApiSubscription(REAL_TIME, pathId(params.id, 'subscription')), 'subscription');
  const paused = await pause({ subscriptionId: sub.id, actor: { kind: 'staff', staffUserId: caller.ownerUserId }, terms: body.terms, now });
  if (!paused.ok) throw serviceRefusal(paused.error, { what: 'subscription', unprocessable: ['bad_terms'] });
  return { body: presentSubscription(found(await getApiSubscription(REAL_TIME, sub.id), 'subscription')) };
});
