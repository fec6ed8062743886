import { cron } from 'inngest';
import { deliverWebhooks } from '@/lib/services/webhooks/deliver-webhooks';
import { inngest } from '../client';

/**
 * Outgoing webhooks with Inngest, every minute: sends the deliveries that are due (new ones the
 * relay queued, retries whose backoff is over). Several runs at once would be safe (claims skip
 * locked rows), but one at a time keeps the per-endpoint concurrency what it says.
 */
export const deliverWebhooksFunction = inngest.createFunction(
  { id: 'deliver-webhooks', triggers: [cron('* * * * *')], concurrency: [{ limit: 1 }] },
  async ({ step }) => step.run('deliver', () => deliverWebhooks()),
);
