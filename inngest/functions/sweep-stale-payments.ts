import { cron } from 'inngest';
import { sweepStalePayments } from '@/lib/services/payments/sweep-stale-payments';
import { inngest } from '../client';

/**
 * The Inngest twin of the embedded sweep's payment step, every five minutes: asks the provider
 * about payments a lost webhook or a crash left pending, and applies its answer as the webhook
 * would (lib/services/payments/sweep-stale-payments.ts). One run at a time; each payment is
 * claimed before it is asked about, so even overlapping runs ask once.
 */
export const sweepStalePaymentsFunction = inngest.createFunction(
  { id: 'sweep-stale-payments', triggers: [cron('*/5 * * * *')], concurrency: [{ limit: 1 }] },
  async ({ step }) => step.run('sweep', () => sweepStalePayments({ now: new Date() })),
);
