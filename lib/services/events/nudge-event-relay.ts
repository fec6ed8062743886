import { relayEvents, type RelayReport } from './relay-events';
import { redactError } from '@/lib/errors/redact-error';
import { kickWebhookDeliveries } from '@/lib/services/webhooks/kick-webhook-deliveries';

/**
 * After a transaction that recorded events has committed: delivers the events about these
 * subjects now, so that (without Inngest) their e-mails are in the outbox when the caller
 * returns. Awaited, and it never throws: the change is committed, and what was not delivered
 * stays in the table for the sweep (or the Inngest cron) to retry.
 */
export async function nudgeEventRelay(subjectIds: (string | null | undefined)[]): Promise<RelayReport> {
  const ids = [...new Set(subjectIds.filter((id): id is string => Boolean(id)))];
  try {
    const report = await relayEvents({ subjectIds: ids });
    // The relay queued the webhooks these events owe: send them now, in the background.
    if (report.delivered > 0) kickWebhookDeliveries();
    return report;
  } catch (error) {
    console.error('[events] the relay failed after a commit; the sweep will deliver:', redactError(error));
    return { delivered: 0, failed: 0 };
  }
}
