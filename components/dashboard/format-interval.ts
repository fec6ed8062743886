import type { RecurringIntervalUnit } from '@/db/queries/dashboard/monthly-recurring-minor';
import { fillTemplate } from '@/lib/i18n/fill-template';

/** The words of one term's length (`dashboard.table`'s `month`, `months`...), as the page handed them. */
export type IntervalTexts = Record<`${RecurringIntervalUnit}` | `${RecurringIntervalUnit}s`, string>;

/**
 * "month", "3 months", "year": the length of one term, after a price ("€90.00 / 3 months"); in
 * the staff member's language when the page passed its `texts` (English otherwise).
 */
export function formatInterval(unit: RecurringIntervalUnit, count: number, texts?: IntervalTexts): string {
  if (!texts) return count === 1 ? unit : `${count} ${unit}s`;
  return count === 1 ? texts[unit] : fillTemplate(texts[`${unit}s`], { count });
}
