import { readCycleCursor, readTermDunning, unsentChargesOfTerm } from '@/lib/services/billing/billing-queries';
import { applyDunningCursor, applyRenewalCursor } from '@/lib/services/billing/billing-steps';
import { inngest } from '../client';
import { invoicePaid, subscriptionChanged, termDue } from '../events';

/** A term has at most announce, invoice and issue (or an end); a guard against a runaway loop. */
const MAX_RENEWAL_STEPS = 8;
/** More dunning steps than any reminder process has; a guard against a runaway loop. */
const MAX_DUNNING_STEPS = 50;

/** A step's id for an action: the action itself (`end:canceled` becomes `end-canceled`, since
 * Inngest suffixes repeated ids with `:<n>`). */
function stepName(action: string): string {
  return action.replace(/:/g, '-');
}

/**
 * One run per subscription and term (ARCHITECTURE.md, the Inngest driver). Started by
 * `billing/term.due` (the daily cron, or billing-resume after a change); canceled by
 * `billing/subscription.changed` for the same subscription, after which billing-resume starts a
 * fresh run from the new state.
 *
 * 1. Renewal: `cursor-<n>` reads the subscription's cursor; while it is an action of this term,
 *    `sleep-<action>` sleeps until its date and the step named after the action (`announce`,
 *    `invoice`, `issue`, `pause`, `resume`, or `end-<reason>` for the end pseudo-term -1) applies it with
 *    runRenewalStep at that date. After `issue`, any autopay attempt that never reached the
 *    provider is handed to charge-invoice (`unsent-charges`, `request-charges`).
 * 2. Dunning of the term's invoice (`dunning-cursor`): each step is named after what it does
 *    (`remind-1`, `remind-2`, `suspend`, `warn`, `terminate`: the steps of the plan's reminder
 *    process); `wait-paid-<step>` waits for `billing/invoice.paid` of that invoice until the
 *    step's date; paid ends the run, the timeout applies the step (`<step>`, runDunningStep at its
 *    date, skipped if the invoice was paid meanwhile).
 *
 * Idempotent whichever way it is run (retried step, replayed or duplicated event, a second run
 * of the same term, the embedded sweep on the same rows):
 * - every effect commits together with its billing_actions row, unique on (subscription, term,
 *   action); a step that finds the row applies nothing (one invoice per (subscription, term) and
 *   one charge per (invoice, attempt) back it up);
 * - runRenewalStep and runDunningStep lock the rows FOR UPDATE SKIP LOCKED, so two drivers never
 *   apply the same step at once; a step that finds its row locked and its cursor unmoved throws
 *   and is retried by Inngest;
 * - steps are dated by `at`, the cursor's own date (not when the run wakes), so a late, retried or
 *   replayed step writes the very rows the sweep writes (inngest/testing/conformance.test.ts).
 * Dates travel through step results as ISO strings.
 *
 * The function id and its step ids are part of the state of runs in flight: never rename them
 * once runs are in production.
 */
export const billingCycleFunction = inngest.createFunction(
  {
    id: 'billing-cycle',
    triggers: [termDue],
    cancelOn: [{ event: subscriptionChanged, if: 'async.data.subscriptionId == event.data.subscriptionId' }],
    // One step at a time per subscription, across this function and billing-overdue: runs of
    // neighbouring terms do not contend for the subscription row (sleeps and waits hold no slot).
    concurrency: [{ scope: 'env', key: '"billing-" + event.data.subscriptionId', limit: 1 }],
  },
  async ({ event, step }) => {
    const { subscriptionId, term } = event.data;
    const renewals: string[] = [];
    for (let n = 0; n < MAX_RENEWAL_STEPS; n += 1) {
      const cursor = await step.run(`cursor-${n}`, () => readCycleCursor(subscriptionId));
      if (!cursor || cursor.term !== term || renewals.includes(cursor.action)) break;
      const name = stepName(cursor.action);
      await step.sleepUntil(`sleep-${name}`, new Date(cursor.at));
      await step.run(name, () => applyRenewalCursor(subscriptionId, cursor));
      renewals.push(cursor.action);
      // A pause ends this run: its end (months away, by itself or by hand) is begun afresh by the
      // daily cron or by billing-resume, so no run sleeps through a pause.
      if (cursor.action === 'pause') break;
      if (cursor.action === 'issue') {
        const unsent = await step.run('unsent-charges', () => unsentChargesOfTerm(subscriptionId, term));
        if (unsent.length > 0) {
          await step.sendEvent(
            'request-charges',
            unsent.map((paymentId) => ({ name: 'billing/charge.requested', data: { paymentId }, id: `charge:${paymentId}` })),
          );
        }
      }
    }

    const dunning: number[] = [];
    let cursor = await step.run('dunning-cursor', () => readTermDunning(subscriptionId, term));
    for (let n = 0; cursor && n < MAX_DUNNING_STEPS; n += 1) {
      const current = cursor;
      const paid = await step.waitForEvent(`wait-paid-${current.step}`, {
        event: invoicePaid,
        timeout: new Date(current.at),
        if: `async.data.invoiceId == "${current.invoiceId}"`,
      });
      if (paid) return { subscriptionId, term, renewals, dunning, paid: true };
      const result = await step.run(current.step, () => applyDunningCursor(subscriptionId, current));
      if (result.applied) dunning.push(current.position);
      cursor = result.next && result.next.position > current.position ? result.next : null;
    }
    return { subscriptionId, term, renewals, dunning, paid: false };
  },
);
