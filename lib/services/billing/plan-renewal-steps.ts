import type { Plan } from '@/db/schema';
import { transition } from '@/lib/billing/lifecycle';
import { resumedTimeline } from '@/lib/billing/subscription-pause';
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
  action: RenewalAction | 'end' | 'pause' | 'resume';
  /** The action as the log names it: the cursor's own text (`invoice`, `end:canceled`, ...). */
  logged: string;
  term: number;
  at: Date;
  /** Dates and unit price of `term`; absent for `end`, `pause` and `resume`. */
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
  for (const dueRow of due) {
    // Replaced when a pause ends in this batch: the terms after it are on the moved grid.
    let row = dueRow;
    const sub = row.subscription;
    const patch = patchOf(sub);
    patches.push(patch);
    // The plan the timeline follows: the scheduled one once its term has begun.
    let plan = row.plan;
    let applied: AppliedScheduledChange | null = null;
    let datesOf = subscriptionTermDates(row, ctx);
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
      if (parsed.kind === 'pause' || parsed.kind === 'resume') {
        steps.push({ row, action: parsed.kind, logged: patch.nextAction, term, at: patch.nextActionAt, termInfo: null, patch });
        if (parsed.kind === 'pause') startPause(patch, term);
        else {
          endPause(plan, patch, term, ctx);
          // The grid moved: the terms after the resume are dated from the new anchor.
          row = resumedRow(row, patch, applied);
          datesOf = subscriptionTermDates(row, ctx);
        }
        Object.assign(patch, cursorAfterPauseStep(row, plan, patch, term, ctx, datesOf));
        continue;
      }
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
        if (change && row.scheduledPlan && !applied) {
          applied = { subscriptionId: sub.id, term, quantity: change.quantity, anchorAt: termInfo.dates.start };
          patch.planId = change.planId;
          patch.unitPriceMinor = change.priceMinor;
          // The anchor moves as applyScheduledChanges writes it, so that a pause that ends later
          // in this batch moves the new grid.
          patch.anchorAt = applied.anchorAt;
          patch.anchorTerm = term;
          plan = row.scheduledPlan.plan;
          changes.push(applied);
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

/** The pause begins at the end of the paid term: nothing more is billed until it ends. */
function startPause(patch: SubscriptionPatch, term: number): void {
  const paused = transition(patch.status, 'pause');
  if (!paused.ok) throw new Error(`Subscription ${patch.id} (term ${term}): ${paused.error}`);
  Object.assign(patch, { status: paused.value, pausedAt: patch.nextActionAt, pauseAtPeriodEnd: false });
}

/** A pause of N terms ran its course: the timeline moves by N intervals (subscription-pause.ts). */
function endPause(plan: Plan, patch: SubscriptionPatch, term: number, ctx: EngineContext): void {
  const resumed = transition(patch.status, 'resume');
  if (!resumed.ok) throw new Error(`Subscription ${patch.id} (term ${term}): ${resumed.error}`);
  const at = patch.nextActionAt!;
  const moved = resumedTimeline({
    timeline: { anchorAt: patch.anchorAt, anchorTerm: patch.anchorTerm, interval: { unit: plan.intervalUnit, count: plan.intervalCount }, timeZone: ctx.timeZone },
    nextTerm: term,
    commitmentEndsAt: patch.commitmentEndsAt,
    completedTerms: patch.pauseTerms,
    pausedAt: patch.pausedAt ?? at,
    at,
  });
  Object.assign(patch, { status: resumed.value, ...moved, resumedAt: at, pausedAt: null, pauseTerms: null, pauseResumesAt: null });
}

/**
 * The row as a pause that ended in this batch leaves it: the terms after the resume are dated from
 * the moved anchor; once a scheduled change was applied earlier in the batch, they are on its plan
 * and quantity, as applyScheduledChanges writes them (its schedule cleared, the campaign over).
 */
function resumedRow(row: DueRenewal, patch: SubscriptionPatch, applied: AppliedScheduledChange | null): DueRenewal {
  const subscription = { ...row.subscription, anchorAt: patch.anchorAt, anchorTerm: patch.anchorTerm, resumedAt: patch.resumedAt };
  if (!applied || !row.scheduledPlan) return { ...row, subscription };
  return {
    ...row,
    plan: row.scheduledPlan.plan,
    product: row.scheduledPlan.product,
    nextPlan: null,
    scheduledPlan: null,
    subscription: {
      ...subscription,
      planId: patch.planId,
      unitPriceMinor: patch.unitPriceMinor,
      quantity: applied.quantity,
      scheduledPlanId: null,
      scheduledQuantity: null,
      scheduledTerm: null,
      offerPriceMinor: null,
      offerTerms: null,
      nextPlanId: null,
    },
  };
}

/**
 * The cursor after a pause step. Paused: its end, if it has one. Resumed: term `term` from the
 * resume (the schedule skips its announcement and dates nothing before the resume, so the step
 * before it needs no reading of the log: a resume continues with the invoice of `term`).
 */
function cursorAfterPauseStep(
  row: DueRenewal,
  plan: Plan,
  patch: SubscriptionPatch,
  term: number,
  ctx: EngineContext,
  datesOf: (term: number) => TermOf['dates'],
) {
  const first = row.subscription.trialEndsAt ? 0 : 1;
  const lastDone = term > first ? { term: term - 1, action: 'issue' as const } : null;
  return renewalCursor({ ...row.subscription, ...patch }, plan, ctx.timeZone, lastDone, datesOf);
}

/** The key of a step in the action log (unique per subscription, term and action). */
export function stepKey(subscriptionId: string, term: number, action: string): string {
  return `${subscriptionId}|${term}|${action}`;
}

