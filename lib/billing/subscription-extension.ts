import { addDaysInZone } from './periods';
import type { Timeline } from './subscription-pause';

/** The longest goodwill extension staff may give at once (a year; more is a new subscription). */
export const MAX_EXTENSION_DAYS = 366;

export type ExtensionState = {
  status: string;
  cancelAtPeriodEnd: boolean;
  pauseAtPeriodEnd: boolean;
  /** A term after the running one is invoiced already (and not voided). */
  nextTermInvoiced: boolean;
};

export type ExtensionRefusal =
  | { code: 'not_running' }
  | { code: 'stopping' }
  | { code: 'pausing' }
  | { code: 'next_term_invoiced' }
  | { code: 'bad_days'; max: number };

/**
 * Why a subscription cannot be extended by `days` now (null: it can).
 *
 * NOTE: only an active subscription: a trial has its own end (trial_ends_at), a past-due one owes
 * money (free days on top would reward the debt), a paused one has no running term. A next term
 * already invoiced is refused: its invoice names dates the extension would move, and an invoice
 * is never rewritten; credit it instead.
 */
export function extensionRefusal(state: ExtensionState, days: number): ExtensionRefusal | null {
  if (!Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_DAYS) return { code: 'bad_days', max: MAX_EXTENSION_DAYS };
  if (state.status !== 'active') return { code: 'not_running' };
  if (state.cancelAtPeriodEnd) return { code: 'stopping' };
  if (state.pauseAtPeriodEnd) return { code: 'pausing' };
  if (state.nextTermInvoiced) return { code: 'next_term_invoiced' };
  return null;
}

export type Extended = { anchorAt: Date; anchorTerm: number; currentPeriodEnd: Date; commitmentEndsAt: Date | null };

/**
 * The timeline after a goodwill extension of `days` calendar days (in the shop's zone) of the
 * running term `currentTerm`.
 *
 * NOTE: periods are anchor + N x interval (periods.ts), so one term cannot be lengthened alone:
 * the next term would still start on the old grid. The subscription is anchored again at the
 * moved end (term `currentTerm + 1` starts there), as a pause ended by hand does: every later
 * renewal moves by the same days, and the renewal day of the month moves with it for good
 * (an anchor on the 31st extended by 3 days renews on the 3rd). The commitment end moves too,
 * so free days never shorten what the customer committed to pay for.
 */
export function extendedTimeline(input: {
  timeline: Timeline;
  currentTerm: number;
  currentPeriodEnd: Date;
  commitmentEndsAt: Date | null;
  days: number;
}): Extended {
  const { timeline, days } = input;
  const end = addDaysInZone(input.currentPeriodEnd, days, timeline.timeZone);
  return {
    anchorAt: end,
    anchorTerm: input.currentTerm + 1,
    currentPeriodEnd: end,
    commitmentEndsAt: input.commitmentEndsAt && addDaysInZone(input.commitmentEndsAt, days, timeline.timeZone),
  };
}
