import type { KadensEvent, KadensEventData, KadensEventName } from './events';
import { handleTermDueInline } from './functions/billing-cycle';
import { handleStepOverdue } from './functions/billing-overdue';
import { handleSubscriptionChangedInline } from './functions/billing-resume';
import { handleChargeRequested } from './functions/charge-invoice';
import { handleInvoiceFinalizedEmail } from './functions/send-invoice-email';
import { handleOrderPaidConfirmation } from './functions/send-order-confirmation';
import type { EventHandler, StepRunner } from './step-runner';

/**
 * The handlers of ./index.ts by trigger, for running events in-process when no Inngest server is
 * configured. inline.test.ts checks that this matches the functions' triggers.
 *
 * The billing engine's own events: without Inngest the embedded sweep is the driver, so starting
 * a term's run (`billing/term.due`) and restarting runs after a change
 * (`billing/subscription.changed`) are no-ops here; nothing triggers on `billing/invoice.paid`
 * (runs only wait for it). A lost step (`billing/step.overdue`) is caught up and a requested charge
 * (`billing/charge.requested`) is made in-process, by the very handlers the functions use.
 */
export const inlineHandlers: { [N in KadensEventName]: EventHandler<N>[] } = {
  'shop/order.paid': [handleOrderPaidConfirmation],
  'billing/invoice.finalized': [handleInvoiceFinalizedEmail],
  'billing/term.due': [handleTermDueInline],
  'billing/invoice.paid': [],
  'billing/subscription.changed': [handleSubscriptionChangedInline],
  'billing/step.overdue': [handleStepOverdue],
  'billing/charge.requested': [handleChargeRequested],
};

/** No memoization or retries in-process: each step simply runs once, in order. */
const inlineStep: StepRunner = { run: (_id, fn) => fn() };

export type InlineRunResult = { handlers: number; errors: unknown[] };

/**
 * Runs every handler of an event now, one after the other. Like Inngest, one failing handler
 * does not stop the others; the errors are returned for the caller to report.
 */
export function runEventInline(event: KadensEvent): Promise<InlineRunResult> {
  return runHandlers(event.name, event.data);
}

async function runHandlers<N extends KadensEventName>(name: N, data: KadensEventData<N>): Promise<InlineRunResult> {
  const handlers: EventHandler<N>[] = inlineHandlers[name];
  const errors: unknown[] = [];
  for (const handler of handlers) {
    try {
      await handler({ event: { data }, step: inlineStep });
    } catch (error) {
      errors.push(error);
    }
  }
  return { handlers: handlers.length, errors };
}
