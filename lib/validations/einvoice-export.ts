import { TZDate } from '@date-fns/tz';
import { addMonths } from 'date-fns/addMonths';
import { format } from 'date-fns/format';
import { subMonths } from 'date-fns/subMonths';
import { z } from 'zod';
import { manageCode } from '@/lib/i18n/manage-code';

/** A calendar month, YYYY-MM, as the export form sends it. */
export const exportMonthSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, manageCode('exportMonthInvalid'));

/**
 * The month to export from the query: `month` (YYYY-MM) validated, or, when absent, the month
 * before the current one in the shop's time zone (what the accountant books). The error is a
 * dashboard.manage.messages code saying what is wrong.
 */
export function parseExportMonth(month: string | null, options: { now: Date; timeZone: string }): { ok: true; month: string } | { ok: false; error: string } {
  if (month === null) return { ok: true, month: format(subMonths(new TZDate(options.now, options.timeZone), 1), 'yyyy-MM') };
  const parsed = exportMonthSchema.safeParse(month);
  return parsed.success ? { ok: true, month: parsed.data } : { ok: false, error: parsed.error.issues[0]!.message };
}

/** A month's instants in the shop's time zone: from its first midnight to the next month's, exclusive. */
export function monthWindow(month: string, timeZone: string): { from: Date; to: Date } {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const from = new TZDate(year, monthNumber - 1, 1, timeZone);
  return { from: new Date(from.getTime()), to: new Date(addMonths(from, 1).getTime()) };
}
