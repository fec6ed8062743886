import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { MetricsRangeProblem } from '@/lib/validations/metrics-range';

/** Why the overview shows another period than the one asked for, in the staff member's language. */
export function metricsRangeNotice(locale: Locale, problems: MetricsRangeProblem[]): string | null {
  const t = getTranslator(locale, 'dashboard.overview');
  const words = problems.map((problem) => {
    switch (problem.kind) {
      case 'badMonth':
        return `${t('badMonth', { which: problem.which })} ${t('showingDefault', { months: String(problem.months) })}`;
      case 'order':
        return `${t('monthsOrder')} ${t('showingDefault', { months: String(problem.months) })}`;
      case 'future':
        return t('futureMonths');
      case 'tooLong':
        return t('tooManyMonths', { months: String(problem.months), from: problem.from });
    }
  });
  return words.length > 0 ? words.join(' ') : null;
}
