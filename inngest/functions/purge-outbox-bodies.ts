import { cron } from 'inngest';
import { purgeOutboxBodies } from '@/lib/services/privacy/purge-outbox-bodies';
import { inngest } from '../client';

/**
 * With Inngest, the purge of outbox texts past their retention (KADENS_OUTBOX_RETENTION_DAYS,
 * default 90 days), once a day at night; the embedded sweep runs the same service otherwise.
 *
 * Idempotent: a purged message is marked and never taken again; a retried step purges what the
 * failed one left.
 */
export const purgeOutboxBodiesFunction = inngest.createFunction(
  { id: 'purge-outbox-bodies', triggers: [cron('TZ=UTC 30 3 * * *')], concurrency: [{ limit: 1 }] },
  async ({ step }) => step.run('purge', () => purgeOutboxBodies({ now: new Date() })),
);
