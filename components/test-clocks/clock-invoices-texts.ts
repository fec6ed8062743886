import { getTableTexts, type TableTexts } from '@/components/tables/table-texts';
import type { Locale } from '@/lib/i18n/locales';
import { templatesOf, type Templates } from '@/lib/i18n/templates';

/** The clock invoices table's chrome and its own words (dashboard.manage.testClocks.invoices) in the staff member's language. */
export type ClockInvoicesTexts = TableTexts & {
  own: Templates<'dashboard.manage.testClocks.invoices'>;
  columns: Templates<'dashboard.manage.testClocks.invoices.columns'>;
};

export function clockInvoicesTexts(locale: Locale): ClockInvoicesTexts {
  return {
    ...getTableTexts(locale),
    own: templatesOf(locale, 'dashboard.manage.testClocks.invoices'),
    columns: templatesOf(locale, 'dashboard.manage.testClocks.invoices.columns'),
  };
}
