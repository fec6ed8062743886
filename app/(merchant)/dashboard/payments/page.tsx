import type { Metadata } from 'next';
import Link from 'next/link';
import { MoneyTotals } from '@/components/dashboard/money-totals';
import { PaymentsFilterForm } from '@/components/merchant/payments-filter-form';
import { PaymentsTable } from '@/components/merchant/payments-table';
import { merchantPaymentTestIds } from '@/components/merchant/test-ids';
import { ListNotice } from '@/components/tables/list-notice';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { listPaymentsPage, PAYMENT_LIST, totalPaymentsList } from '@/db/queries/dashboard/list-payments-page';
import { PAYMENT_FILTER_CHOICES } from '@/db/queries/payments/payment-filter-choices';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';
import { parsePaymentsReportQuery } from '@/lib/services/payments/payments-report-filters';
import { listHref, parseListQuery } from '@/lib/validations/list-query';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Payments' };

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

export default async function PaymentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireMerchantPage('/dashboard/payments', 'read');
  const [settings, params] = await Promise.all([getDashboardSettings(), searchParams]);
  const filters = parsePaymentsReportQuery(params, { now: new Date(), timeZone: settings.timeZone });
  const { query, error } = parseListQuery(params, PAYMENT_LIST);
  const [page, totals] = filters.ok
    ? await Promise.all([listPaymentsPage(REAL_TIME, filters.value, query), totalPaymentsList(REAL_TIME, filters.value, query)])
    : [null, []];
  const values = {
    from: filters.ok ? filters.value.fromDate : first(params.from),
    to: filters.ok ? filters.value.toDate : first(params.to),
    method: first(params.method),
    status: first(params.status),
    source: first(params.source),
  };
  const canExport = hasPermission(viewer.role, 'exports:read');
  const exportQuery = listHref(new URLSearchParams(Object.entries({ ...values, q: query.q }).filter(([, v]) => v !== '')), {});

  return (
    <>
      <h1>Payments</h1>
      <p className="muted">
        Payments settled between the two days, in the shop’s time zone. <Link href="/dashboard/payments?status=failed">Failed payments</Link> ·{' '}
        <Link href="/dashboard/payments/abandoned">Abandoned checkouts</Link>
      </p>
      <section className="panel stack">
        <PaymentsFilterForm values={values} choices={PAYMENT_FILTER_CHOICES} timeZone={settings.timeZone} />
        {!filters.ok && (
          <p className="alert error" role="alert" data-testid={merchantPaymentTestIds.paymentsFilterError}>
            {filters.error}
          </p>
        )}
      </section>
      {page && (
        <>
          <section className="panel">
            <h2 style={{ marginTop: 0 }}>Totals</h2>
            <div data-testid={merchantPaymentTestIds.paymentsTotals}>
              <MoneyTotals totals={totals} defaultCurrency={settings.defaultCurrency} testId="payments-totals-amounts" />
              <p className="muted">{totals.map((t) => `${t.count} payment${t.count === 1 ? '' : 's'} in ${t.currency}`).join(', ') || 'No payments.'}</p>
            </div>
            {canExport ? (
              <a className="button secondary" href={`/dashboard/exports/payments${exportQuery}`} data-testid={merchantPaymentTestIds.paymentsExportLink}>
                Download CSV
              </a>
            ) : null}
          </section>
          <ListNotice messages={[error, page.cursorError]} />
          <section className="panel">
            <PaymentsTable
              rows={page.rows}
              paging={page}
              sort={query.sort}
              sortable={PAYMENT_LIST.sorts}
              q={query.q}
              exportPath={canExport ? '/dashboard/exports/payments' : null}
              timeZone={settings.timeZone}
            />
          </section>
        </>
      )}
    </>
  );
}
