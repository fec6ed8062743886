import { transition } from '@/lib/billing/lifecycle';
import type { RenewalAction } from '@/lib/billing/schedule';
import type { EngineContext } from './engine-context';
import { subscriptionTermDates, termOf, type TermOf } from './due-term';
import { parseCursorAction, renewalCursor } from './renewal-cursor';
import type { DueRenewal } from './select-due-renewals';
import { patchOf, type SubscriptionPatch } from './write-subscription-patches';
import type { AppliedScheduledChange } from './apply-scheduled-changes';

/** One renewal action of one subscription that is due now, with the term it is for. */
export type RenewalStepDue = {
  row: DueRenewal;
  action: RenewalAction | 'end';
  /** The action as the log names it: the cursor's own text (`invoice`, `end:canceled`, ...). */
  logged: string;
  term: number;
  at: Date;
  /** Dates and unit price of `term`; absent for `end`. */
  termInfo: TermOf | null;
  /** The subscription's patch, shared by all of its steps in this batch. */
  patch: SubscriptionPatch;
};

/**
 * Walks each subscription's renewal timeline from its cursor through every action due at `now`
 * (a subscription behind by announce, invoice and issue gets all three in one batch: one row
 * lock, one read and one cursor write instead of three). Pure: computes the steps and how each
 * leaves the subscription (term current, trial over, ended, the next cursor); the effects of the
 * steps (e-mails, invoices, charges) are made by the caller for the steps it claims.
 */
export function planRenewalSteps(
  due: DueRenewal[],
  ctx: EngineContext,
  now: Date,
): { steps: RenewalStepDue[]; patches: SubscriptionPatch[]; changes: AppliedScheduledChange[] } {
  const steps: RenewalStepDue[] = [];
  const patches: SubscriptionPatch[] = [];
  const changes: AppliedScheduledChange[] = [];
  for (const row of due) {
    const sub = row.subscription;
    const patch = patchOf(sub);
    patches.push(patch);
    // The plan the timeline follows: the scheduled one once its term has begun.
    let plan = row.plan;
    let changed = false;
    const datesOf = subscriptionTermDates(row, ctx);
    // NOTE: bounded: a timeline has at most three actions per term, and a term is at least a day.
    for (let guard = 0; patch.nextAction && patch.nextActionAt && patch.nextActionAt <= now; guard += 1) {
      if (guard > 10_000) throw new Error(`Subscription ${sub.id}: renewal timeline does not advance`);
      const parsed = parseCursorAction(patch.nextAction);
      if (parsed.kind === 'end') {
        steps.push({ row, action: 'end', logged: patch.nextAction, term: -1, at: patch.nextActionAt, termInfo: null, patch });
        if (patch.status !== 'ended') {
          const ended = transition(patch.status, 'end');
          if (!ended.ok) throw new Error(`Subscription ${sub.id}: ${ended.error}`);
          patch.status = ended.value;
          patch.endedAt = patch.nextActionAt;
        }
        Object.assign(patch, { nextAction: null, nextActionTerm: null, nextActionAt: null });
        break;
      }
      const term = patch.nextActionTerm!;
      const termInfo = termOf(row, term, ctx, datesOf);
      steps.push({ row, action: parsed.action, logged: patch.nextAction, term, at: patch.nextActionAt, termInfo, patch });
      if (parsed.action === 'issue') {
        // The term becomes current at its start; a trial ends with it.
        patch.currentTerm = term;
        patch.currentPeriodStart = termInfo.dates.start;
        patch.currentPeriodEnd = termInfo.dates.end;
        // A campaign's offer is over: from this term on the subscription is on the next plan.
        if (termInfo.movesToPlan && patch.planId !== termInfo.movesToPlan.id) {
          patch.planId = termInfo.movesToPlan.id;
          patch.unitPriceMinor = termInfo.movesToPlan.priceMinor;
        }
        // A change scheduled for this term: the subscription is on the new plan and quantity from
        // its start, and its anchor moves there (the new interval counts from this term).
        const change = termInfo.scheduledChange;
        if (change && row.scheduledPlan && !changed) {
          changed = true;
          patch.planId = change.planId;
          patch.unitPriceMinor = change.priceMinor;
          plan = row.scheduledPlan.plan;
          changes.push({ subscriptionId: sub.id, term, quantity: change.quantity, anchorAt: termInfo.dates.start });
        }
        if (patch.status === 'trialing') {
          const next = transition('trialing', 'trial_ended');
          if (!next.ok) throw new Error(`Subscription ${sub.id}: ${next.error}`);
          patch.status = next.value;
        }
      }
      Object.assign(patch, renewalCursor({ ...sub, ...patch }, plan, ctx.timeZone, { term, action: parsed.action }, datesOf));
    }
  }
  return { steps, patches, changes };
}

/** The key of a step in the action log (unique per subscription, term and action). */
export function stepKey(subscriptionId: string, term: number, action: string): string {
  return `${subscriptionId}|${term}|${action}`;
}

