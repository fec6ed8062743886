import { redactError } from '@/lib/errors/redact-error';
import { deliverWebhooks } from './deliver-webhooks';
import { noWebhookEndpointsHeld } from './enabled-endpoints';

let running: Promise<unknown> | null = null;

/**
 * Starts sending due webhooks now, without waiting for them: a request that just committed a
 * change returns at once, and its webhooks leave in the background instead of at the next sweep.
 * One run at a time per process; what it misses the sweep (or the Inngest cron) sends.
 */
export function kickWebhookDeliveries(): void {
  // No endpoint enabled (known while a batch job holds them): no delivery can be due.
  if (running || noWebhookEndpointsHeld()) return;
  running = deliverWebhooks({ maxBatches: 1 })
    .catch((error) => console.error('[webhooks] delivering after a commit failed; the sweep will retry:', redactError(error)))
    .finally(() => {
      running = null;
    });
}
