import type { Metadata } from 'next';
import Link from 'next/link';
import { MoneyTotals } from '@/components/dashboard/money-totals';
import { PaymentsFilterForm } from '@/components/merchant/payments-filter-form';
import { PaymentsTable } from '@/components/merchant/payments-table';
import { merchantPaymentTestIds } from '@/components/merchant/test-ids';
import { PAYMENT_FILTER_CHOICES } from '@/db/queries/payments/payment-filter-choices';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';
import { PAYMENTS_REPORT_MAX_ROWS, paymentsReport } from '@/lib/services/payments/payments-report';
import { parsePaymentsReportQuery } from '@/lib/services/payments/payments-report-filters';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Payments' };

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

export default async function PaymentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireMerchantPage('/dashboard/payments', 'read');
  const [settings, query] = await Promise.all([getDashboardSettings(), searchParams]);
  const filters = parsePaymentsReportQuery(query, { now: new Date(), timeZone: settings.timeZone });
  const report = filters.ok ? await paymentsReport(filters.value) : null;
  const values = {
    from: filters.ok ? filters.value.fromDate : first(query.from),
    to: filters.ok ? filters.value.toDate : first(query.to),
    method: first(query.method),
    status: first(query.status),
    source: first(query.source),
  };
  const exportQuery = new URLSearchParams(Object.entries(values).filter(([, v]) => v !== '')).toString();

  return (
    <>
      <h1>Payments</h1>
      <p className="muted">
        Payments settled between the two days, in the shop’s time zone. <Link href="/dashboard/payments/abandoned">Abandoned checkouts</Link>
      </p>
      <section className="panel stack">
        <PaymentsFilterForm values={values} choices={PAYMENT_FILTER_CHOICES} timeZone={settings.timeZone} />
        {!filters.ok && (
          <p className="alert error" role="alert" data-testid={merchantPaymentTestIds.paymentsFilterError}>
            {filters.error}
          </p>
        )}
      </section>
      {report && (
        <>
          <section className="panel">
            <h2 style={{ marginTop: 0 }}>Totals</h2>
            <div data-testid={merchantPaymentTestIds.paymentsTotals}>
              <MoneyTotals totals={report.totals} defaultCurrency={settings.defaultCurrency} testId="payments-totals-amounts" />
              <p className="muted">
                {report.totals.map((t) => `${t.count} payment${t.count === 1 ? '' : 's'} in ${t.currency}`).join(', ') || 'No payments.'}
              </p>
            </div>
            {hasPermission(viewer.role, 'exports:read') ? (
              <a className="button secondary" href={`/dashboard/payments/export?${exportQuery}`} data-testid={merchantPaymentTestIds.paymentsExportLink}>
                Download CSV
              </a>
            ) : null}
          </section>
          <section className="panel">
            {report.truncated && (
              <p className="alert info">Only the first {PAYMENTS_REPORT_MAX_ROWS.toLocaleString('en')} payments are shown; narrow the dates.</p>
            )}
            <PaymentsTable rows={report.rows} timeZone={settings.timeZone} />
          </section>
        </>
      )}
    </>
  );
}
