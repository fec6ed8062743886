import type { SubscriptionStatus } from './lifecycle';
import { addDaysInZone, anchoredPeriodStart, type Interval } from './periods';

export type RenewalAction = 'announce' | 'invoice' | 'issue';
export type TimelinePolicy = {
  announceDaysBefore: number;
  invoiceDaysBefore: number;
  paymentTermsDays: number;
  timeZone: string;
};
export type TermDates = {
  term: number;
  start: Date;
  end: Date;
  announceAt: Date;
  invoiceAt: Date;
  issueAt: Date;
  dueAt: Date;
};

export type RenewalState = {
  status: SubscriptionStatus;
  anchorAt: Date;
  /** The term that starts at `anchorAt`: 0, unless a pause (subscription-pause.ts) or an interval change moved the anchor. */
  anchorTerm?: number;
  interval: Interval;
  startedAt: Date;
  /** The first term the engine bills: 1 when term 0 was paid at checkout, 0 after a trial. */
  firstRenewalTerm: number;
  /** Terms billed in total, counting term 0; no invoice for a term >= maxInstalments. */
  maxInstalments: number | null;
  cancelAtPeriodEnd: boolean;
  currentPeriodEnd: Date;
  /** A pause starts at the end of the running term (`currentPeriodEnd`). */
  pauseAtPeriodEnd?: boolean;
  /** Paused: when the pause ends by itself (a pause of N terms); null until resumed by hand. */
  pauseResumesAt?: Date | null;
  /**
   * When the subscription last came back from a pause: its timeline starts again there (no step
   * dated before it, and no announcement of the term it resumed with: the resume told them).
   */
  resumedAt?: Date | null;
  /** The last renewal action applied; null before the first. */
  lastDone: { term: number; action: RenewalAction } | null;
  /**
   * This subscription's term dates, when the caller keeps them (termDatesOf): a bill run asks
   * for the next step three times per subscription and term, and the dates are most of the cost.
   */
  datesOf?: (term: number) => TermDates;
};

export type RenewalStep =
  | { kind: 'action'; term: number; action: RenewalAction; at: Date }
  | { kind: 'end'; at: Date; reason: 'canceled' | 'max_instalments' }
  /** The pause begins (at the running term's end) or ends by itself; `term` is the next term. */
  | { kind: 'pause'; term: number; at: Date }
  | { kind: 'resume'; term: number; at: Date }
  | null;

const ORDER: readonly RenewalAction[] = ['announce', 'invoice', 'issue'];

function assertPolicy(policy: TimelinePolicy): void {
  const { announceDaysBefore: announce, invoiceDaysBefore: invoice, paymentTermsDays } = policy;
  for (const [name, days] of Object.entries({ announce, invoice, paymentTermsDays })) {
    if (!Number.isSafeInteger(days) || days < 0) {
      throw new RangeError(`${name} days must be a non-negative integer, got ${days}`);
    }
  }
  // The schedule relies on announce <= invoice <= issue within a term (see nextRenewalStep).
  if (announce < invoice) {
    throw new RangeError(`announceDaysBefore (${announce}) is less than invoiceDaysBefore (${invoice})`);
  }
}

/** The dates of term `term`: its period and, in the merchant's zone, its timeline. */
export function termDates(input: {
  anchorAt: Date;
  /** The term that starts at `anchorAt`: 0 unless a pause or an interval change moved the anchor. */
  anchorTerm?: number;
  interval: Interval;
  term: number;
  policy: TimelinePolicy;
}): TermDates {
  const { anchorAt, interval, term, policy } = input;
  const anchorTerm = input.anchorTerm ?? 0;
  assertPolicy(policy);
  // NOTE: a term before the anchor term may have been billed on an earlier interval, which this
  // anchor cannot date. Only the floor of the timeline ever asks for one (the start of the term
  // before the last one done), so the anchor term's dates stand in: no date of it is later than
  // the anchor. A pause of N terms lowers anchorTerm instead, so none of its terms is clamped.
  const dated = Math.max(term, anchorTerm);
  const start = anchoredPeriodStart(anchorAt, anchorTerm, interval, dated, policy.timeZone);
  const end = anchoredPeriodStart(anchorAt, anchorTerm, interval, dated + 1, policy.timeZone);
  return {
    term,
    start,
    end,
    announceAt: addDaysInZone(start, -policy.announceDaysBefore, policy.timeZone),
    invoiceAt: addDaysInZone(start, -policy.invoiceDaysBefore, policy.timeZone),
    issueAt: start,
    dueAt: addDaysInZone(start, policy.paymentTermsDays, policy.timeZone),
  };
}

/**
 * The term dates of one subscription, each term computed once. For callers that walk several
 * steps of the same subscription (pass it as RenewalState.datesOf).
 */
export function termDatesOf(input: { anchorAt: Date; anchorTerm?: number; interval: Interval; policy: TimelinePolicy }): (term: number) => TermDates {
  const known = new Map<number, TermDates>();
  return (term) => {
    let dates = known.get(term);
    if (!dates) {
      dates = termDates({ ...input, term });
      known.set(term, dates);
    }
    return dates;
  };
}

function datesFor(state: RenewalState, policy: TimelinePolicy, term: number): TermDates {
  return state.datesOf
    ? state.datesOf(term)
    : termDates({ anchorAt: state.anchorAt, anchorTerm: state.anchorTerm, interval: state.interval, term, policy });
}

function scheduledAt(dates: TermDates, action: RenewalAction): Date {
  return action === 'announce' ? dates.announceAt : action === 'invoice' ? dates.invoiceAt : dates.issueAt;
}

const later = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);

/** Where the timeline (re)starts: the subscription's start, or its last resume from a pause. */
const timelineStart = (state: RenewalState) => (state.resumedAt ? later(state.startedAt, state.resumedAt) : state.startedAt);

/**
 * The date before which the step after `lastDone` may not be dated: the date `lastDone` itself
 * had. Dates are clamped so that the timeline never goes back in time (at(k) = max(raw(k),
 * at(k-1)), starting from startedAt), which is the same as the latest of startedAt and every raw
 * date so far. Within a term the raw dates rise (announce <= invoice <= issue), and each term
 * ends with its start, so that maximum is lastDone's own raw date or the previous term's start.
 * Closed form rather than a walk from the first term: O(1) however old the subscription is.
 */
function floorAfter(state: RenewalState, policy: TimelinePolicy): Date {
  const { lastDone, firstRenewalTerm } = state;
  const startedAt = timelineStart(state);
  if (lastDone === null) return startedAt;
  const dates = datesFor(state, policy, lastDone.term);
  let floor = later(startedAt, scheduledAt(dates, lastDone.action));
  if (lastDone.term > firstRenewalTerm) {
    floor = later(floor, datesFor(state, policy, lastDone.term - 1).start);
  }
  return floor;
}

function stepAfter(lastDone: NonNullable<RenewalState['lastDone']>): { term: number; action: RenewalAction } {
  const index = ORDER.indexOf(lastDone.action);
  if (index === -1) throw new RangeError(`Unknown renewal action "${lastDone.action}"`);
  return index === ORDER.length - 1
    ? { term: lastDone.term + 1, action: ORDER[0] }
    : { term: lastDone.term, action: ORDER[index + 1] };
}

/**
 * The next renewal action of a subscription, the end of its renewals, or null when nothing is
 * scheduled. Per term t: announce(t), invoice(t), issue(t), then term t + 1.
 *
 * Pure and deterministic: it never looks at "now". The driver runs the step once `at <= now`,
 * records it as `lastDone` (on a unique key, so a retry changes nothing) and asks again.
 *
 * NOTE on dates before the subscription existed (a weekly plan announced 14 days ahead, or a
 * short trial): an announcement dated before `startedAt` is skipped, because the customer bought
 * that very term moments ago and the order confirmation already told them; the invoice is still
 * needed, so a date before `startedAt` is clamped to `startedAt` (made at once, before issue).
 * More generally no step is dated before the step before it: when the announcement lead is
 * longer than the interval (weekly, 14 days), announce(t + 1) falls before issue(t) and is
 * dated issue(t) instead, so the timeline a merchant sees never runs backwards.
 * NOTE: `paused` and `suspended` schedule nothing: a suspended subscription gets no new invoices
 * until a payment restores it, and resuming (or a payment) starts the schedule again from the
 * new state. `canceled` and `cancelAtPeriodEnd` stop at the current period's end: no action of
 * a term starting at or after it, not even its announcement, which falls before that end.
 */
export function nextRenewalStep(state: RenewalState, policy: TimelinePolicy): RenewalStep {
  const { status, firstRenewalTerm, maxInstalments, lastDone } = state;
  const startedAt = timelineStart(state);
  if (status === 'paused') {
    // NOTE: a paused subscription does nothing but end its pause (when it has an end): no
    // announcement, no invoice. The term after the pause is planned once it has resumed.
    const next = lastDone === null ? firstRenewalTerm : stepAfter(lastDone).term;
    return state.pauseResumesAt ? { kind: 'resume', term: next, at: state.pauseResumesAt } : null;
  }
  if (status === 'ended' || status === 'suspended') return null;
  if (!Number.isSafeInteger(firstRenewalTerm) || firstRenewalTerm < 0) {
    throw new RangeError(`firstRenewalTerm must be a non-negative integer, got ${firstRenewalTerm}`);
  }
  if (lastDone !== null && (!Number.isSafeInteger(lastDone.term) || lastDone.term < firstRenewalTerm)) {
    throw new RangeError(`lastDone.term ${lastDone.term} is before the first renewal term ${firstRenewalTerm}`);
  }

  let next = lastDone === null ? { term: firstRenewalTerm, action: ORDER[0] } : stepAfter(lastDone);
  const dates = datesFor(state, policy, next.term);
  const ending = status === 'canceled' || state.cancelAtPeriodEnd;
  if (ending && dates.start.getTime() >= state.currentPeriodEnd.getTime()) {
    return { kind: 'end', at: state.currentPeriodEnd, reason: 'canceled' };
  }
  // NOTE: like a stop, a pause at the term's end takes the place of every action of the terms
  // after it, even the announcement that falls before the end.
  if (state.pauseAtPeriodEnd && dates.start.getTime() >= state.currentPeriodEnd.getTime()) {
    return { kind: 'pause', term: next.term, at: state.currentPeriodEnd };
  }
  if (maxInstalments !== null && next.term >= maxInstalments) {
    return { kind: 'end', at: dates.start, reason: 'max_instalments' };
  }
  if (next.action === 'announce' && dates.announceAt.getTime() < startedAt.getTime()) {
    next = { term: next.term, action: 'invoice' };
  }
  const at = later(scheduledAt(dates, next.action), floorAfter(state, policy));
  return { kind: 'action', term: next.term, action: next.action, at };
}

/**
 * Every step up to and including `until` (for tests, previews and the dashboard timeline),
 * applying each as if it had been done; it stops after an `end`, a pause or a resume (their
 * effects on the subscription are the engine's).
 */
export function renewalSequence(
  state: RenewalState,
  policy: TimelinePolicy,
  until: Date,
): Exclude<RenewalStep, null>[] {
  const steps: Exclude<RenewalStep, null>[] = [];
  let current = state;
  for (;;) {
    const step = nextRenewalStep(current, policy);
    if (step === null || step.at.getTime() > until.getTime()) return steps;
    steps.push(step);
    if (step.kind !== 'action') return steps;
    current = { ...current, lastDone: { term: step.term, action: step.action } };
  }
}
