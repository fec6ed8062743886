import { cron } from 'inngest';
import { deliverToInngest } from '@/lib/services/events/inngest-sender';
import { relayEvents } from '@/lib/services/events/relay-events';
import { inngest } from '../client';

/**
 * The relay of the domain-event outbox with Inngest, every minute: sends the events no nudge
 * delivered (the writer died after its commit, or Inngest could not be reached) and the failed
 * ones whose backoff is over, each with its row id as the event id.
 *
 * Idempotent: a claimed row is leased to one relay at a time, a delivered row is marked so, and
 * Inngest drops a repeated event id (a send that reached Inngest but not its answer).
 */
export const relayEventsFunction = inngest.createFunction(
  { id: 'relay-events', triggers: [cron('* * * * *')], concurrency: [{ limit: 1 }] },
  async ({ step }) => step.run('relay', () => relayEvents({ deliver: deliverToInngest })),
);
