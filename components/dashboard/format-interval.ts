import type { RecurringIntervalUnit } from '@/db/queries/dashboard/monthly-recurring-minor';

/** "month", "3 months", "year": the length of one term, after a price ("€90.00 / 3 months"). */
export function formatInterval(unit: RecurringIntervalUnit, count: number): string {
  return count === 1 ? unit : `${count} ${unit}s`;
}
