import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import { paymentMethodType, paymentSource, paymentStatus } from '@/db/schema';
import { utcToWall } from '@/lib/billing/zone-offsets';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "YYYY-MM-DD" naming a real day, or null (no 31 April, no 29 February 2027). */
function calendarParts(text: string): [number, number, number] | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return [year, month, day];
}

// A select left on "any" and an empty date field both arrive as "": no filter.
const blankAsMissing = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const dateField = z.preprocess(
  blankAsMissing,
  z
    .string()
    .trim()
    .refine((text) => calendarParts(text) !== null)
    .optional(),
);

const choice = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess(blankAsMissing, z.enum(values).optional());

/** The report's query string: dates as the shop's calendar days, both inclusive. */
export const paymentsReportQuerySchema = z
  .object({
    from: dateField,
    to: dateField,
    method: choice(paymentMethodType.enumValues),
    // Money received by default; `any` lists failed and reversed attempts too.
    status: z.preprocess((value) => blankAsMissing(value) ?? 'paid', z.enum([...paymentStatus.enumValues, 'any'])),
    source: choice(paymentSource.enumValues),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], params: { problem: 'order' } });

/** What was wrong with the report's query, for a page that words it in the reader's language. */
export type PaymentsReportProblem =
  | { kind: 'badDate'; which: 'from' | 'to' }
  | { kind: 'badChoice'; name: 'method' | 'status' | 'source'; allowed: string }
  | { kind: 'order' };

const CHOICES = {
  method: paymentMethodType.enumValues,
  status: [...paymentStatus.enumValues, 'any'],
  source: paymentSource.enumValues,
} as const;

function problemOf(issue: z.core.$ZodIssue): PaymentsReportProblem {
  const field = String(issue.path[0] ?? '');
  if ((issue as { params?: { problem?: string } }).params?.problem === 'order') return { kind: 'order' };
  if (field === 'from' || field === 'to') return { kind: 'badDate', which: field };
  const name = field as keyof typeof CHOICES;
  return { kind: 'badChoice', name, allowed: (CHOICES[name] ?? []).join(', ') };
}

export type PaymentsReportQuery = z.infer<typeof paymentsReportQuerySchema>;

export type PaymentsReportFilters = {
  /** The days asked for, as typed (defaults filled in). */
  fromDate: string;
  toDate: string;
  /** The same days as instants: `from` inclusive, `to` exclusive (midnight after the last day). */
  from: Date;
  to: Date;
  method?: PaymentsReportQuery['method'];
  /** Absent: any status. */
  status?: Exclude<PaymentsReportQuery['status'], 'any'>;
  source?: PaymentsReportQuery['source'];
};

/**
 * A query string (or form) into report filters, or the first problem with it, which the page and
 * the CSV export word in the reader's language (paymentsFilterText). Without
 * dates the report covers the current month up to today, in the shop's time zone; without a
 * status, the payments that were paid (`status=any` for every one).
 */
export function parsePaymentsReportQuery(
  input: Record<string, string | string[] | undefined>,
  context: { now: Date; timeZone: string },
): { ok: true; value: PaymentsReportFilters } | { ok: false; problem: PaymentsReportProblem } {
  const single = Object.fromEntries(Object.entries(input).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const parsed = paymentsReportQuerySchema.safeParse(single);
  if (!parsed.success) return { ok: false, problem: problemOf(parsed.error.issues[0]!) };
  const today = new Date(utcToWall(context.timeZone, context.now.getTime())).toISOString().slice(0, 10);
  const fromDate = parsed.data.from ?? `${today.slice(0, 8)}01`;
  const toDate = parsed.data.to ?? (fromDate > today ? fromDate : today);
  const [fy, fm, fd] = calendarParts(fromDate)!;
  const [ty, tm, td] = calendarParts(toDate)!;
  return {
    ok: true,
    value: {
      fromDate,
      toDate,
      from: new Date(new TZDate(fy, fm - 1, fd, 0, 0, 0, context.timeZone).getTime()),
      // TZDate rolls day 32 over into the next month, as Date does.
      to: new Date(new TZDate(ty, tm - 1, td + 1, 0, 0, 0, context.timeZone).getTime()),
      method: parsed.data.method,
      status: parsed.data.status === 'any' ? undefined : parsed.data.status,
      source: parsed.data.source,
    },
  };
}
