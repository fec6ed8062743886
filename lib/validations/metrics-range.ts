import { z } from 'zod';
import { addMonthsToKey, isMonthKey, monthKeyOf, monthsBetween } from '@/lib/billing/metrics/month-range';

/** The longest range the metrics page shows at once. */
export const MAX_METRICS_MONTHS = 36;
/** The range shown when none is asked for: the last twelve months, this one included. */
export const DEFAULT_METRICS_MONTHS = 12;

const blank = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const month = (label: string) =>
  z.preprocess(
    blank,
    z
      .string()
      .trim()
      .refine(isMonthKey, { error: `${label} must be a month written as YYYY-MM.` })
      .optional(),
  );
const querySchema = z
  .object({ from: month('The first month'), to: month('The last month') })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: 'The first month must not be after the last month.', path: ['to'] });

export type MetricsRange = {
  from: string;
  to: string;
  /** Why the range shown is not the one asked for; null when it is. */
  notice: string | null;
  /** The same reasons as data, for a page that words them in the reader's language. */
  problems: MetricsRangeProblem[];
};

export type MetricsRangeProblem =
  | { kind: 'badMonth'; which: 'from' | 'to'; months: number }
  | { kind: 'order'; months: number }
  | { kind: 'future' }
  | { kind: 'tooLong'; months: number; from: string };

/** Which part of a refused range was wrong (the schema reports the first month before the last, then their order). */
function refusal(from: string | undefined, to: string | undefined): MetricsRangeProblem {
  const bad = (value: string | undefined) => value !== undefined && value.trim() !== '' && !isMonthKey(value.trim());
  if (bad(from)) return { kind: 'badMonth', which: 'from', months: DEFAULT_METRICS_MONTHS };
  if (bad(to)) return { kind: 'badMonth', which: 'to', months: DEFAULT_METRICS_MONTHS };
  return { kind: 'order', months: DEFAULT_METRICS_MONTHS };
}

/**
 * The months the metrics page shows, from its search parameters (`from`, `to`: "YYYY-MM").
 * Malformed input or a first month after the last is refused with a message and the default
 * range is shown; a range reaching past this month or longer than MAX_METRICS_MONTHS is clamped
 * and says so.
 */
export function parseMetricsRange(params: Record<string, string | string[] | undefined>, now: Date, timeZone: string): MetricsRange {
  const current = monthKeyOf(now, timeZone);
  const fallback = { from: addMonthsToKey(current, 1 - DEFAULT_METRICS_MONTHS), to: current };
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const parsed = querySchema.safeParse({ from: first(params.from), to: first(params.to) });
  if (!parsed.success) {
    return {
      ...fallback,
      notice: `${parsed.error.issues[0]!.message} Showing the last ${DEFAULT_METRICS_MONTHS} months.`,
      problems: [refusal(first(params.from), first(params.to))],
    };
  }

  const notices: string[] = [];
  const problems: MetricsRangeProblem[] = [];
  let to = parsed.data.to ?? current;
  if (to > current) {
    to = current;
    notices.push('Months after this one have no figures yet: the range ends this month.');
    problems.push({ kind: 'future' });
  }
  let from = parsed.data.from ?? addMonthsToKey(to, 1 - DEFAULT_METRICS_MONTHS);
  if (from > to) from = to;
  if (monthsBetween(from, to) > MAX_METRICS_MONTHS) {
    from = addMonthsToKey(to, 1 - MAX_METRICS_MONTHS);
    notices.push(`At most ${MAX_METRICS_MONTHS} months are shown at once: the range starts ${from}.`);
    problems.push({ kind: 'tooLong', months: MAX_METRICS_MONTHS, from });
  }
  return { from, to, notice: notices.length > 0 ? notices.join(' ') : null, problems };
}

const FIGURES = ['new', 'expansion', 'contraction', 'churn', 'reactivation', 'mrr'] as const;
// The messages name what was wrong; the page words it in the staff member's language (MrrFigureProblem).
const figureQuerySchema = z.object({
  currency: z.string({ error: 'currency' }).regex(/^[A-Z]{3}$/, { error: 'currency' }),
  month: z.string({ error: 'month' }).refine(isMonthKey, { error: 'month' }),
  figure: z.enum(FIGURES, { error: 'figure' }),
  page: z.preprocess(blank, z.coerce.number({ error: 'page' }).int({ error: 'page' }).min(1, { error: 'page' }).max(100_000, { error: 'page' }).default(1)),
});
/** Which part of a figure's address was wrong. */
export type MrrFigureProblem = 'currency' | 'month' | 'figure' | 'page';
export type MrrFigureQuery = z.infer<typeof figureQuerySchema>;

/** The list behind one figure of the metrics: `currency`, `month`, `figure` (a movement kind or `mrr`), `page`. */
export function parseMrrFigureQuery(
  params: Record<string, string | string[] | undefined>,
): { ok: true; value: MrrFigureQuery } | { ok: false; problem: MrrFigureProblem } {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const parsed = figureQuerySchema.safeParse({ currency: first(params.currency), month: first(params.month), figure: first(params.figure), page: first(params.page) });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: parsed.error.issues[0]!.message as MrrFigureProblem };
}
