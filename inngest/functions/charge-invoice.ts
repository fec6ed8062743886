import { AUTOPAY_RETRY_DAYS } from '@/lib/billing/autopay-retry';
import { runCharge } from '@/lib/services/billing/run-charge';
import { inngest } from '../client';
import { chargeRequested } from '../events';

/**
 * Charges one prepared autopay attempt through its provider.
 *
 * A provider that cannot be reached throws, and Inngest retries the step with backoff (3
 * retries). Idempotent: the payment row's id is the provider's idempotency key, so a retry after
 * the provider accepted gets the same payment back, never a second charge; a payment no longer
 * pending is skipped. Declines are not errors: they are answered by scheduled retry attempts.
 */
export const chargeInvoiceFunction = inngest.createFunction(
  { id: 'charge-invoice', triggers: [chargeRequested], retries: 3 },
  async ({ event, step }) => {
    // A temporary decline schedules the next attempt (recordChargeOutcome writes it, with its
    // date): this run sleeps until then and charges it, up to 3 retries.
    let paymentId = event.data.paymentId;
    for (let retry = 0; ; retry += 1) {
      const id = paymentId;
      const outcome = await step.run(retry === 0 ? 'charge' : `charge-retry-${retry}`, () => runCharge(id, new Date()));
      if (!outcome.retry || retry >= AUTOPAY_RETRY_DAYS.length) return outcome;
      await step.sleepUntil(`wait-retry-${retry + 1}`, new Date(outcome.retry.chargeAt));
      paymentId = outcome.retry.paymentId;
    }
  },
);
