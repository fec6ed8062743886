import { formatDate } from '@/components/dashboard/format-date';
import type { AdvanceReport } from '@/lib/actions/test-clocks/advance-test-clock-action';
import { testClockTestIds } from './test-ids';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the last advance did: the engine's steps, charges and failures on the way. */
export function AdvanceReportView({ report, timeZone }: { report: AdvanceReport; timeZone: string }) {
  return (
    <section className="alert info" aria-label="Advance report" data-testid={testClockTestIds.advanceReport} style={{ margin: 0 }}>
      <p style={{ margin: 0 }}>
        From {formatDate(report.from, timeZone, { time: true })} to {formatDate(report.to, timeZone, { time: true })}:{' '}
        the engine ran on {plural(report.steps, 'date', 'dates')}.
      </p>
      <ul style={{ margin: '0.25rem 0 0', paddingLeft: '1.25rem' }}>
        <li data-testid={testClockTestIds.advanceReportRenewals}>{plural(report.renewals, 'renewal step', 'renewal steps')}</li>
        <li data-testid={testClockTestIds.advanceReportDunning}>{plural(report.dunning, 'dunning step', 'dunning steps')}</li>
        <li data-testid={testClockTestIds.advanceReportCharges}>{plural(report.charges, 'charge', 'charges')}</li>
        <li data-testid={testClockTestIds.advanceReportFailures}>
          {report.failed.length === 0 ? 'no failures' : plural(report.failed.length, 'failure', 'failures')}
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
