import { addDaysInZone, addMonthsInZone, periodOf, validateInterval, type Interval } from './periods';

export type SubscriptionStart = {
  status: 'trialing' | 'active';
  anchorAt: Date;
  currentTerm: 0;
  currentPeriodStart: Date;
  currentPeriodEnd: Date;
  trialEndsAt: Date | null;
  commitmentEndsAt: Date | null;
};

/**
 * The dates of a subscription created at `now`.
 *
 * NOTE: with a trial the anchor is the trial's end, not the signup: every term, the renewal day
 * and the commitment count from the first paid day. During the trial the current period is the
 * trial itself, [now, trialEndsAt), while the term number is already 0 (the first paid term
 * starts when the trial ends). A commitment of 0 months means no commitment.
 */
export function startSubscription(input: {
  now: Date;
  interval: Interval;
  trialDays: number;
  commitmentMonths: number | null;
  timeZone: string;
}): SubscriptionStart {
  const { now, interval, trialDays, commitmentMonths, timeZone } = input;
  const valid = validateInterval(interval);
  if (!valid.ok) throw new RangeError(valid.error);
  if (!Number.isSafeInteger(trialDays) || trialDays < 0) {
    throw new RangeError(`trialDays must be a non-negative integer, got ${trialDays}`);
  }
  if (commitmentMonths !== null && (!Number.isSafeInteger(commitmentMonths) || commitmentMonths < 0)) {
    throw new RangeError(`commitmentMonths must be null or a non-negative integer, got ${commitmentMonths}`);
  }

  const start = new Date(now.getTime());
  const trialEndsAt = trialDays > 0 ? addDaysInZone(start, trialDays, timeZone) : null;
  const anchorAt = trialEndsAt ?? start;
  const period = trialEndsAt ? { start, end: trialEndsAt } : periodOf(anchorAt, interval, 0, timeZone);
  const commitmentEndsAt = commitmentMonths ? addMonthsInZone(anchorAt, commitmentMonths, timeZone) : null;

  return {
    status: trialEndsAt ? 'trialing' : 'active',
    anchorAt,
    currentTerm: 0,
    currentPeriodStart: period.start,
    currentPeriodEnd: period.end,
    trialEndsAt,
    commitmentEndsAt,
  };
}
