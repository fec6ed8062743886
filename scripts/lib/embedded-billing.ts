import { redactError } from '../../lib/errors/redact-error';

const EVERY_MS = Number(process.env.KADENS_TICK_INTERVAL_MS ?? 60_000);

/**
 * The embedded billing driver for `npm run dev` / `npm start`: a sweep every minute (the engine's
 * due steps, then the domain events no nudge delivered, then the outbox texts past their
 * retention), unless Inngest is configured (then its
 * cron and step functions drive the same services, and relay-events delivers the events).
 */
export async function startEmbeddedBilling(databaseUrl: string): Promise<() => void> {
  if (!process.env.DATABASE_URL) process.env.KADENS_EMBEDDED_DATABASE_URL = databaseUrl;
  const { isInngestConfigured } = await import('../../lib/services/events/inngest-configured');
  if (isInngestConfigured() || EVERY_MS <= 0) return () => {};
  const { tick } = await import('../../lib/services/billing/tick');
  const { retryPendingRefunds } = await import('../../lib/services/credit-notes/retry-pending-refunds');
  const { purgeOutboxBodies } = await import('../../lib/services/privacy/purge-outbox-bodies');
  let running = false;
  const run = async () => {
    if (running) return; // a slow sweep is never overlapped by the next one
    running = true;
    try {
      const report = await tick({ now: new Date() });
      // Refunds a crash left between our row and the provider's answer (same idempotency key).
      await retryPendingRefunds();
      // E-mail texts past their retention (KADENS_OUTBOX_RETENTION_DAYS, default 90 days).
      const { purged } = await purgeOutboxBodies({ now: new Date() });
      if (purged) console.log(`[privacy] purged the text of ${purged} outbox e-mails past their retention`);
      const done = report.renewals + report.dunning + report.charges;
      if (done || report.failed.length) {
        console.log(`[billing] ${report.renewals} renewal, ${report.dunning} dunning steps, ${report.charges} charges, ${report.failed.length} failed`);
      }
    } catch (error) {
      console.error('[billing] sweep failed:', redactError(error));
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void run(), EVERY_MS);
  void run();
  return () => clearInterval(timer);
}
