import { formatDate } from '@/components/dashboard/format-date';
import type { AdvanceReport } from '@/lib/actions/test-clocks/advance-test-clock-action';
import { fillTemplate } from '@/lib/i18n/fill-template';
import { intlLocales } from '@/lib/i18n/locales';
import type { AdvanceReportTexts } from './advance-report-texts';
import { testClockTestIds } from './test-ids';

type Counted = 'summary' | 'renewals' | 'dunning' | 'charges' | 'failures';

/** What the last advance did: the engine's steps, charges and failures on the way; `texts` in the staff member's language. */
export function AdvanceReportView({ report, timeZone, texts }: { report: AdvanceReport; timeZone: string; texts: AdvanceReportTexts }) {
  const { locale, words } = texts;
  const plural = new Intl.PluralRules(intlLocales[locale]);
  const counted = (what: Counted, count: number, values: Record<string, string> = {}) =>
    fillTemplate(words[`${what}${plural.select(count) === 'one' ? 'One' : 'Other'}`], { count, ...values });
  const at = (iso: string) => formatDate(iso, timeZone, { time: true, locale });
  return (
    <section className="alert info" aria-label={words.label} data-testid={testClockTestIds.advanceReport} style={{ margin: 0 }}>
      <p style={{ margin: 0 }}>{counted('summary', report.steps, { from: at(report.from), to: at(report.to) })}</p>
      <ul style={{ margin: '0.25rem 0 0', paddingLeft: '1.25rem' }}>
        <li data-testid={testClockTestIds.advanceReportRenewals}>{counted('renewals', report.renewals)}</li>
        <li data-testid={testClockTestIds.advanceReportDunning}>{counted('dunning', report.dunning)}</li>
        <li data-testid={testClockTestIds.advanceReportCharges}>{counted('charges', report.charges)}</li>
        <li data-testid={testClockTestIds.advanceReportFailures}>
          {report.failed.length === 0 ? words.failuresNone : counted('failures', report.failed.length)}
          {report.failed.length > 0 && (
            <ul>
              {report.failed.map((failure) => (
                <li key={failure.subscriptionId}>
                  <code>{failure.subscriptionId}</code>: {failure.error}
                </li>
              ))}
            </ul>
          )}
        </li>
      </ul>
    </section>
  );
}
