import { cron } from 'inngest';
import { selectOverdueSubscriptions, selectTermsToStart } from '@/lib/services/billing/billing-queries';
import { REAL_TIME } from '@/lib/services/billing/clock-scope';
import { runDueOrderDunning } from '@/lib/services/billing/orders/run-due-order-dunning';
import { pollChargebacks } from '@/lib/services/payments/poll-chargebacks';
import { sendCardExpiryNotices } from '@/lib/services/payment-methods/send-card-expiry-notices';
import { revokeDueMandates } from '@/lib/services/payment-methods/revoke-mandates';
import { inngest } from '../client';

const HOUR_MS = 60 * 60 * 1000;
/** Start a term's run when its first action is due within the next day, plus a margin for a late cron. */
export const START_WITHIN_MS = 26 * HOUR_MS;
/** Work this late was missed by its run (a run applies it within seconds of its date). */
export const OVERDUE_AFTER_MS = HOUR_MS;
/** Events per selection and per send (a send is one request to Inngest). */
export const PAGE_SIZE = 1000;
/** Pages per phase; keeps the run well under Inngest's 1,000 steps. */
const MAX_PAGES = 400;

/**
 * The daily cron of the Inngest driver (ARCHITECTURE.md).
 *
 * 1. Starts the `billing-cycle` run of every term whose first action is due within the next
 *    26 hours (or is already overdue and was never begun): `billing/term.due` with the id
 *    `<subscriptionId>:<term>`, which Inngest deduplicates for 24 hours. So no run sleeps more than
 *    about two weeks (announcement to issue) before it starts its work.
 * 2. Sends `billing/step.overdue` for every subscription with a renewal or dunning step more than
 *    an hour overdue (its run was lost): billing-overdue catches it up. The id carries the day, so
 *    a retried cron sends it once a day.
 * 3. Applies the reminders and lapses due of orders waiting for their money (runDueOrderDunning).
 * 4. Tells customers whose stored card expires within 30 days, once per card.
 * 5. Ends the mandates of removed methods that a provider outage left standing.
 * 6. Lists each provider's chargebacks since its watermark and records those whose webhook was
 *    lost, as the webhook would (pollChargebacks); the result says how many were found and recorded.
 * Real customers only; test clocks are advanced by their own sweep.
 *
 * Deduplication is a courtesy: the database keys (billing_actions, one invoice per term) are what
 * make a second run of a term harmless. Selections are keyset-paginated and sent in batches.
 */
export const billingDailyFunction = inngest.createFunction(
  { id: 'billing-daily', triggers: [cron('TZ=UTC 0 2 * * *')] },
  async ({ step }) => {
    const now = new Date(await step.run('now', async () => new Date().toISOString()));
    const day = now.toISOString().slice(0, 10);

    let started = 0;
    let after: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const from: string | undefined = after;
      const terms = await step.run(`select-terms-${page}`, () =>
        selectTermsToStart({ until: new Date(now.getTime() + START_WITHIN_MS), afterId: from, limit: PAGE_SIZE }),
      );
      if (terms.length > 0) {
        await step.sendEvent(
          `start-terms-${page}`,
          terms.map((t) => ({ name: 'billing/term.due', data: t, id: `${t.subscriptionId}:${t.term}` })),
        );
      }
      started += terms.length;
      if (terms.length < PAGE_SIZE) break;
      after = terms.at(-1)!.subscriptionId;
    }

    let overdue = 0;
    after = undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const from: string | undefined = after;
      const ids: string[] = await step.run(`select-overdue-${page}`, () =>
        selectOverdueSubscriptions({ before: new Date(now.getTime() - OVERDUE_AFTER_MS), afterId: from, limit: PAGE_SIZE }),
      );
      if (ids.length > 0) {
        await step.sendEvent(
          `send-overdue-${page}`,
          ids.map((subscriptionId) => ({ name: 'billing/step.overdue', data: { subscriptionId }, id: `${subscriptionId}:overdue:${day}` })),
        );
      }
      overdue += ids.length;
      if (ids.length < PAGE_SIZE) break;
      after = ids.at(-1);
    }
    // Orders waiting for their money have no billing-cycle run (no subscription yet): their
    // reminders and lapse run here, each dated on its own step's date (a day late at most).
    const orderReminders = await step.run('order-reminders', () => runDueOrderDunning({ now, scope: REAL_TIME }));
    const cardNotices = await step.run('card-expiry-notices', () => sendCardExpiryNotices({ now, scope: REAL_TIME }));
    // Mandates of removed methods that a provider outage left standing (wall-clock time).
    const revocations = await step.run('mandate-revocations', () => revokeDueMandates({ now: new Date() }));
    const chargebacks = await step.run('chargeback-poll', () => pollChargebacks({ now }));
    return { now: now.toISOString(), started, overdue, orderReminders, cardNotices, revocations, chargebacks };
  },
);
