import type { Locale } from '@/lib/i18n/locales';
import { templatesOf, type Templates } from '@/lib/i18n/templates';

/**
 * The advance report's words in the staff member's language, unformatted: the report arrives in
 * the browser with the action's answer, so the client form fills in the counts itself. Each count
 * has its singular and plural (`…One`, `…Other`): the dashboard's languages have just those two.
 */
export type AdvanceReportTexts = { locale: Locale; words: Templates<'dashboard.manage.testClocks.report'> };

export function advanceReportTexts(locale: Locale): AdvanceReportTexts {
  return { locale, words: templatesOf(locale, 'dashboard.manage.testClocks.report') };
}
