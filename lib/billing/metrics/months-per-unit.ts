import type { IntervalUnit } from '../periods';

/**
 * Months per interval unit as an exact fraction `months / per`: a year is 12 months, a week
 * 12/52 of one, a day 12/365. An amount per term becomes per month as amount × per ÷ (months × count).
 */
export const MONTHS_PER_UNIT: Readonly<Record<IntervalUnit, { months: bigint; per: bigint }>> = {
  day: { months: 12n, per: 365n },
  week: { months: 12n, per: 52n },
  month: { months: 1n, per: 1n },
  year: { months: 12n, per: 1n },
};
