import { runCharge } from '@/lib/services/billing/run-charge';
import { inngest } from '../client';
import { chargeRequested } from '../events';
import type { EventHandler } from '../step-runner';

export const handleChargeRequested: EventHandler<'billing/charge.requested'> = ({ event, step }) =>
  step.run('charge', () => runCharge(event.data.paymentId, new Date()));

/**
 * Charges one prepared autopay attempt through its provider.
 *
 * A temporary provider failure throws, and Inngest retries the step with backoff (3 retries).
 * Idempotent: the payment row's id is the provider's idempotency key, so a retry after the
 * provider accepted gets the same payment back, never a second charge; a payment no longer
 * pending is skipped.
 */
export const chargeInvoiceFunction = inngest.createFunction(
  { id: 'charge-invoice', triggers: [chargeRequested], retries: 3 },
  (ctx) => handleChargeRequested(ctx),
);
