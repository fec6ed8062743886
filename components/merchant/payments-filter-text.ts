import { getListTexts } from '@/components/tables/table-texts';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { PaymentsReportProblem } from '@/lib/services/payments/payments-report-filters';

/**
 * Why the payments report cannot show its filters' rows, in the staff member's language: the
 * page's alert and the CSV export's 400 say the same thing.
 */
export function paymentsFilterText(locale: Locale, problem: PaymentsReportProblem): string {
  const t = getTranslator(locale, 'dashboard.lists.payments');
  if (problem.kind === 'badDate') return t('badDate', { which: problem.which });
  if (problem.kind === 'order') return t('datesOrder');
  return t('badChoice', { name: getListTexts(locale, 'payments').columns[problem.name], allowed: problem.allowed });
}
