import type { SubscriptionStatus } from './lifecycle';
import { addDaysInZone, anchoredPeriodStart, type Interval, type IntervalUnit } from './periods';

/** The longest pause a merchant may allow, in terms (a typo of 1,000 is caught at the form). */
export const MAX_PAUSE_TERMS_CEILING = 36;
/** What a shop allows until the merchant says otherwise. */
export const DEFAULT_MAX_PAUSE_TERMS = 12;

export type PauseRefusal =
  | { code: 'not_allowed' }
  | { code: 'not_running' }
  | { code: 'past_due' }
  | { code: 'already_paused' }
  | { code: 'stopping' }
  | { code: 'bad_terms'; maxTerms: number }
  | { code: 'next_term_invoiced'; periodEnd: Date };

export type ResumeRefusal = { code: 'not_allowed' } | { code: 'not_paused' };

export type PauseState = {
  status: SubscriptionStatus;
  cancelAtPeriodEnd: boolean;
  /** A pause is scheduled to start at the end of the running term. */
  pauseAtPeriodEnd: boolean;
  currentPeriodEnd: Date;
  /** The shop lets customers pause (shop_settings.customers_can_pause); staff ignore it. */
  shopAllows: boolean;
  /** The merchant lets this customer pause (customers.can_pause); staff ignore it. */
  customerAllows: boolean;
  /** The merchant's longest pause, in terms. */
  maxTerms: number;
  /** The term after the running one is already invoiced (the invoice step runs days before it). */
  nextTermInvoiced: boolean;
};

/**
 * Whether a subscription may be paused for `terms` terms (null: until resumed).
 *
 * NOTE: a pause starts at the end of the running term, so a term paid for is never lost; until
 * then the subscription runs as before. Only an active subscription pauses: a trial has nothing
 * paid to keep, a past-due one must pay first (a pause is no way out of a debt), and one that is
 * stopping, paused, suspended or ended has nothing to pause. Once the next term is invoiced the
 * pause comes too late for it (like a stop). Null: allowed.
 */
export function pauseRefusal(state: PauseState, terms: number | null): PauseRefusal | null {
  if (!state.shopAllows || !state.customerAllows) return { code: 'not_allowed' };
  if (terms !== null && (!Number.isInteger(terms) || terms < 1 || terms > state.maxTerms)) {
    return { code: 'bad_terms', maxTerms: state.maxTerms };
  }
  if (state.status === 'paused' || state.pauseAtPeriodEnd) return { code: 'already_paused' };
  if (state.status === 'past_due') return { code: 'past_due' };
  if (state.status !== 'active') return { code: 'not_running' };
  if (state.cancelAtPeriodEnd) return { code: 'stopping' };
  if (state.nextTermInvoiced) return { code: 'next_term_invoiced', periodEnd: state.currentPeriodEnd };
  return null;
}

/** Whether a pause (running, or scheduled at the term's end) may be ended now. */
export function resumeRefusal(state: Pick<PauseState, 'status' | 'pauseAtPeriodEnd' | 'shopAllows' | 'customerAllows'>): ResumeRefusal | null {
  if (!state.shopAllows || !state.customerAllows) return { code: 'not_allowed' };
  if (state.status !== 'paused' && !state.pauseAtPeriodEnd) return { code: 'not_paused' };
  return null;
}

/** What Min Side offers: a pause (up to `maxTerms`), the end of a pause, or nothing. */
export type PauseOffer = { kind: 'pause'; maxTerms: number } | { kind: 'resume' } | { kind: 'none' };

export function pauseOffer(state: PauseState): PauseOffer {
  if (resumeRefusal(state) === null) return { kind: 'resume' };
  return pauseRefusal(state, null) === null ? { kind: 'pause', maxTerms: state.maxTerms } : { kind: 'none' };
}

export type Timeline = { anchorAt: Date; anchorTerm: number; interval: Interval; timeZone: string };

/**
 * When a pause of `terms` terms that starts before term `nextTerm` ends by itself: the start term
 * `nextTerm + terms` would have had, on the subscription's own grid (anchor + N x interval, so a
 * pause never moves the anchor day: Jan 31 stays the 31st, or the month's last day).
 */
export function pauseResumesAt(timeline: Timeline, nextTerm: number, terms: number): Date {
  return anchoredPeriodStart(timeline.anchorAt, timeline.anchorTerm, timeline.interval, nextTerm + terms, timeline.timeZone);
}

export type Resumed = { anchorAt: Date; anchorTerm: number; commitmentEndsAt: Date | null };

/**
 * Where a subscription's timeline goes when its pause ends: term `nextTerm` starts at the resume,
 * and the commitment end moves by the paused time.
 *
 * - A pause of N terms that ran its course: the grid moves by exactly N intervals (the anchor
 *   stays, its term number goes down by N) and so does the commitment end.
 * - A pause ended by hand (until resumed, or early): the subscription is anchored again at the
 *   resume (`anchorAt` = `at`, the start of `nextTerm`), and the commitment end moves by the time
 *   the pause lasted (to the day, in the shop's zone).
 */
export function resumedTimeline(input: {
  timeline: Timeline;
  nextTerm: number;
  commitmentEndsAt: Date | null;
  /** The pause ran its N terms (null: ended by hand at `at`). */
  completedTerms: number | null;
  pausedAt: Date;
  at: Date;
}): Resumed {
  const { timeline, nextTerm, commitmentEndsAt, completedTerms } = input;
  if (completedTerms !== null) {
    return {
      anchorAt: timeline.anchorAt,
      anchorTerm: timeline.anchorTerm - completedTerms,
      commitmentEndsAt: commitmentEndsAt && shiftUnits(commitmentEndsAt, timeline.interval.unit, timeline.interval.count * completedTerms, timeline.timeZone),
    };
  }
  const pausedDays = Math.max(0, daysBetween(input.pausedAt, input.at));
  return {
    anchorAt: input.at,
    anchorTerm: nextTerm,
    commitmentEndsAt: commitmentEndsAt && addDaysInZone(commitmentEndsAt, pausedDays, timeline.timeZone),
  };
}

function shiftUnits(date: Date, unit: IntervalUnit, amount: number, timeZone: string): Date {
  // The same calendar arithmetic as the periods: term 1 of an anchor at `date` after `amount` units.
  return anchoredPeriodStart(date, 0, { unit, count: 1 }, amount, timeZone);
}

/** Whole days from `from` to `to`, rounded to the nearest (a DST night is 23 or 25 hours). */
function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}
