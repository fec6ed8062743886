import type { Plan, Subscription } from '@/db/schema';
import { nextRenewalStep, termDatesOf, type RenewalAction, type RenewalState, type TermDates, type TimelinePolicy } from '@/lib/billing/schedule';

export type RenewalCursor = { nextAction: string | null; nextActionTerm: number | null; nextActionAt: Date | null };

export function timelineOf(plan: Plan, timeZone: string): TimelinePolicy {
  return {
    announceDaysBefore: plan.announceDaysBefore,
    invoiceDaysBefore: plan.invoiceDaysBefore,
    paymentTermsDays: plan.paymentTermsDays,
    timeZone,
  };
}

/**
 * Where the renewal timeline of a subscription goes next, after `lastDone` (null: nothing of
 * the renewal timeline done yet). The cursor is derived, never edited by hand: every engine step
 * recomputes it from the subscription and its plan with the pure schedule.
 */
export function renewalCursor(
  subscription: Pick<
    Subscription,
    'status' | 'anchorAt' | 'startedAt' | 'trialEndsAt' | 'cancelAtPeriodEnd' | 'currentPeriodEnd'
  > &
    // Absent on a new subscription (never paused, never re-anchored).
    Partial<Pick<Subscription, 'anchorTerm' | 'pauseAtPeriodEnd' | 'pauseResumesAt' | 'resumedAt'>>,
  plan: Plan,
  timeZone: string,
  lastDone: { term: number; action: RenewalAction } | null,
  datesOf?: (term: number) => TermDates,
): RenewalCursor {
  const interval = { unit: plan.intervalUnit, count: plan.intervalCount };
  const state: RenewalState = {
    status: subscription.status,
    anchorAt: subscription.anchorAt,
    anchorTerm: subscription.anchorTerm,
    interval,
    startedAt: subscription.startedAt,
    // NOTE: term 0 is paid at checkout, unless there was a trial: then term 0 starts when the
    // trial ends and is billed by the engine like any renewal.
    firstRenewalTerm: subscription.trialEndsAt ? 0 : 1,
    maxInstalments: plan.maxInstalments,
    cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
    currentPeriodEnd: subscription.currentPeriodEnd,
    pauseAtPeriodEnd: subscription.pauseAtPeriodEnd ?? false,
    pauseResumesAt: subscription.pauseResumesAt,
    resumedAt: subscription.resumedAt,
    lastDone,
    // The anchor's own term counts (an interval change moved the anchor): dates from it, not from term 0.
    datesOf: datesOf ?? termDatesOf({ anchorAt: subscription.anchorAt, anchorTerm: subscription.anchorTerm, interval, policy: timelineOf(plan, timeZone) }),
  };
  const step = nextRenewalStep(state, timelineOf(plan, timeZone));
  if (!step) return { nextAction: null, nextActionTerm: null, nextActionAt: null };
  if (step.kind === 'end') return { nextAction: `end:${step.reason}`, nextActionTerm: null, nextActionAt: step.at };
  if (step.kind === 'pause' || step.kind === 'resume') return { nextAction: step.kind, nextActionTerm: step.term, nextActionAt: step.at };
  return { nextAction: step.action, nextActionTerm: step.term, nextActionAt: step.at };
}

/** The renewal action a cursor names, parsed back (the inverse of renewalCursor's encoding). */
export function parseCursorAction(
  nextAction: string,
): { kind: 'renewal'; action: RenewalAction } | { kind: 'pause' } | { kind: 'resume' } | { kind: 'end'; reason: 'canceled' | 'max_instalments' | 'terminated' } {
  if (nextAction === 'announce' || nextAction === 'invoice' || nextAction === 'issue') {
    return { kind: 'renewal', action: nextAction };
  }
  if (nextAction === 'pause') return { kind: 'pause' };
  if (nextAction === 'resume') return { kind: 'resume' };
  const reason = nextAction.slice('end:'.length);
  if (nextAction.startsWith('end:') && (reason === 'canceled' || reason === 'max_instalments' || reason === 'terminated')) {
    return { kind: 'end', reason };
  }
  throw new Error(`Unknown engine action "${nextAction}"`);
}
